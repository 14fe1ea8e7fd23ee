/**
 * @module store/prepared-rows
 * What the store needs prepared before it writes a record (compressed records, paragraphs, FTS
 * rows), made off the writing thread — on ingestion workers — from the record alone. The store
 * owns how its rows look; ingestion only hands them over, so it imports them from here and
 * never from the SQLite implementation.
 */
export { prepareRows, type PreparedDocumentRows, type PreparedRows } from './sqlite/prepare-rows';
