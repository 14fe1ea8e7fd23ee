/**
 * @module model/attachment
 * An attachment (附件) a document lists or a reader found linked: shared by the text a reader
 * returns and the document the pipeline makes of it.
 */

export interface Attachment {
  /** 1-based number as printed (附件：1. …), when numbered. */
  index?: number;
  title: string;
  /** Link target, for HTML sources. */
  href?: string;
}
