// The segmenter addon: one cppjieba::Jieba, and its words handed to JavaScript as one string.
//
// Why not nodejieba's own binding, which wraps the same engine:
// - Its load() builds the dictionary twice: once for Jieba, once more for a TextRankExtractor
//   this project never calls. The second copy is ~110 MB of every process that segments (the
//   server, each ingestion worker).
// - It returns a JavaScript array holding one string per word, though during ingestion most
//   words are thrown away at once (the words column keeps those of three characters or more).
//   Here the words come back as one string, joined by spaces (no word holds one: cppjieba
//   splits at whitespace), and search mode can leave out the short ones before any string is
//   made. The words column's words of 100 generated gazettes: 1.47 s through nodejieba,
//   0.75 s here.
//
// Same engine, same dictionaries, same calls (hmm off, as nodejieba's cut/cutForSearch default
// to): tests/text/native/segmenter.test.ts checks the words match nodejieba's.
#include <napi.h>

#include <memory>
#include <string>
#include <vector>

#include "cppjieba/Jieba.hpp"

namespace {

// The words of a text as cppjieba's MixSegment (precise mode) and QuerySegment (search mode:
// each long precise word preceded by its 2- and 3-grams found in the dictionary) cut them,
// written out as they are found, one string for all. Search mode can leave out words of fewer
// than minChars characters without making them into strings or, for the 2- and 3-grams,
// looking them up: during ingestion the words column keeps words of three characters or more,
// and most of what search mode finds (every 2-gram) is not asked for.
class WordWriter {
 public:
  WordWriter(const cppjieba::DictTrie* trie, const cppjieba::HMMModel* model) : mix_(trie, model), trie_(trie) {
    // The separators every cppjieba segment starts with (SegmentBase).
    cppjieba::RuneStrArray runes;
    cppjieba::DecodeUTF8RunesInString(cppjieba::SPECIAL_SEPARATORS, runes);
    for (const cppjieba::RuneStr& r : runes) separators_.insert(r.rune);
  }

  // The words joined by single spaces.
  std::string Write(const std::string& sentence, bool search, size_t minChars) const {
    std::string out;
    cppjieba::PreFilter ranges(separators_, sentence);
    std::vector<cppjieba::WordRange> words;
    while (ranges.HasNext()) {
      const cppjieba::PreFilter::Range range = ranges.Next();
      words.clear();
      mix_.Cut(range.begin, range.end, words, false);
      for (const cppjieba::WordRange& word : words) {
        const size_t n = word.Length();
        if (search && n > 2 && minChars <= 2) Grams(sentence, word, 2, out);
        if (search && n > 3 && minChars <= 3) Grams(sentence, word, 3, out);
        // cppjieba gives each separator back as a word: a space would be mistaken for the
        // join; a line break is kept whatever its length, to tell lines apart.
        const bool lineBreak = n == 1 && word.left->rune == '\n';
        if (n == 1 && word.left->rune == ' ') continue;
        if (n >= minChars || lineBreak) Append(sentence, word.left, word.right, out);
      }
    }
    return out;
  }

 private:
  cppjieba::MixSegment mix_;
  const cppjieba::DictTrie* trie_;
  std::unordered_set<cppjieba::Rune> separators_;

  void Grams(const std::string& sentence, const cppjieba::WordRange& word, size_t size, std::string& out) const {
    for (size_t i = 0; i + size <= word.Length(); i++) {
      if (trie_->Find(word.left + i, word.left + i + size) != nullptr) Append(sentence, word.left + i, word.left + i + size - 1, out);
    }
  }

  static void Append(const std::string& sentence, cppjieba::RuneStrArray::const_iterator left,
                     cppjieba::RuneStrArray::const_iterator right, std::string& out) {
    if (!out.empty()) out.push_back(' ');
    out.append(sentence, left->offset, right->offset + right->len - left->offset);
  }
};

class Segmenter : public Napi::Addon<Segmenter> {
 public:
  Segmenter(Napi::Env env, Napi::Object exports) {
    DefineAddon(exports, {
      InstanceMethod("load", &Segmenter::Load),
      InstanceMethod("insertWord", &Segmenter::InsertWord),
      InstanceMethod("cut", &Segmenter::Cut),
      InstanceMethod("cutForSearch", &Segmenter::CutForSearch),
    });
  }

 private:
  std::unique_ptr<cppjieba::Jieba> jieba_;
  std::unique_ptr<WordWriter> words_;

  // load(dict, hmmModel, userDicts ('|'-separated), idf, stopWords)
  Napi::Value Load(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    if (info.Length() != 5) throw Napi::TypeError::New(env, "load takes five paths");
    std::string paths[5];
    for (size_t i = 0; i < 5; i++) {
      if (!info[i].IsString()) throw Napi::TypeError::New(env, "load takes five paths");
      paths[i] = info[i].As<Napi::String>().Utf8Value();
    }
    // cppjieba reports a missing file by logging and calling abort(); check first so a bad
    // path is a JavaScript error, not a dead process.
    for (const std::string& group : paths) {
      size_t start = 0;
      while (start <= group.size()) {
        size_t end = group.find('|', start);
        if (end == std::string::npos) end = group.size();
        std::string file = group.substr(start, end - start);
        if (!file.empty()) {
          FILE* f = fopen(file.c_str(), "rb");
          if (f == nullptr) throw Napi::Error::New(env, "segmenter: cannot open " + file);
          fclose(f);
        }
        start = end + 1;
      }
    }
    words_.reset();
    jieba_.reset(new cppjieba::Jieba(paths[0], paths[1], paths[2], paths[3], paths[4]));
    words_.reset(new WordWriter(jieba_->GetDictTrie(), jieba_->GetHMMModel()));
    return env.Undefined();
  }

  void Loaded(Napi::Env env) const {
    if (!jieba_) throw Napi::Error::New(env, "segmenter: load() first");
  }

  std::string Text(const Napi::CallbackInfo& info) {
    if (info.Length() < 1 || !info[0].IsString()) throw Napi::TypeError::New(info.Env(), "expected a string");
    return info[0].As<Napi::String>().Utf8Value();
  }

  static size_t MinChars(const Napi::CallbackInfo& info) {
    if (info.Length() < 2 || info[1].IsUndefined()) return 0;
    if (!info[1].IsNumber()) throw Napi::TypeError::New(info.Env(), "minChars must be a number");
    const int64_t n = info[1].As<Napi::Number>().Int64Value();
    return n > 0 ? static_cast<size_t>(n) : 0;
  }

  Napi::Value InsertWord(const Napi::CallbackInfo& info) {
    const std::string word = Text(info);
    Loaded(info.Env());
    return Napi::Boolean::New(info.Env(), jieba_->InsertUserWord(word, "x"));
  }

  // cut(text) — precise mode: the words of the text, in order.
  Napi::Value Cut(const Napi::CallbackInfo& info) {
    const std::string text = Text(info);
    Loaded(info.Env());
    return Napi::String::New(info.Env(), words_->Write(text, false, 0));
  }

  // cutForSearch(text, minChars?) — search mode: precise-mode words, each long one preceded by
  // its dictionary 2- and 3-grams.
  Napi::Value CutForSearch(const Napi::CallbackInfo& info) {
    const std::string text = Text(info);
    Loaded(info.Env());
    return Napi::String::New(info.Env(), words_->Write(text, true, MinChars(info)));
  }
};

}  // namespace

NODE_API_ADDON(Segmenter)
