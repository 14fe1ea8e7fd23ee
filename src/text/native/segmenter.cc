// The segmenter addon: jieba's precise and search modes over jieba's dictionary, the words
// handed to JavaScript as one string.
//
// Why not nodejieba's own binding:
// - It returns a JavaScript array holding one string per word, though during ingestion most
//   words are thrown away at once (the words column keeps those of three characters or more).
//   Here the words come back as one string, joined by spaces (no word holds one: jieba splits
//   at whitespace), and search mode can leave out the short ones before any string is made.
// - Its load() builds the dictionary twice (once more for a TextRankExtractor this project
//   never calls), and cppjieba's trie keeps each node's children in a std::unordered_map: a
//   prime modulo and a pointer chase per character, the root's map holding ~12,000. Finding
//   the dictionary's words at every character of a text was 9.5% of an ingestion's processor
//   time, the largest single item (perf, 100 generated gazettes), and the dictionary ~113 MB of
//   every process that segments (the server, each ingestion worker).
//
// So the dictionary is read here (Dictionary, dictionary.h: the same files, fields, weights and order as
// cppjieba's DictTrie, whose rules each step names) into a trie made for these lookups, and
// precise mode is cppjieba's MPSegment over it (PreciseCut). The cut is nodejieba's word for
// word (HMM off, as its cut/cutForSearch default to): tests/text/native/segmenter.test.ts
// compares them. cppjieba's headers still give the text's runes, the separators and the ranges
// between them.
#include <napi.h>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <sys/stat.h>

#include <exception>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_set>
#include <vector>

// MIN_DOUBLE (DictTrie.hpp) and MAX_WORD_LENGTH (Trie.hpp): the constants MPSegment cuts with.
#include "cppjieba/DictTrie.hpp"
#include "cppjieba/PreFilter.hpp"
#include "cppjieba/SegmentBase.hpp"
#include "cppjieba/Trie.hpp"
#include "dictionary.h"
#include "limonp/StringUtil.hpp"

namespace {

using gazette::Dictionary;
using gazette::Runes;
using gazette::WordTrie;

// cppjieba's MPSegment::Cut (precise mode, HMM off) over the Dictionary: at each character the
// words starting there (Trie::Find's DAG, at most MAX_WORD_LENGTH characters), the best path
// from the end (CalcDP: the same additions, in the same order, ties to the first), then the
// words along it (CutByDag). The DAG is kept in flat arrays reused from one call to the next.
class PreciseCut {
 public:
  explicit PreciseCut(const Dictionary& dict) : dict_(dict) {}

  void Cut(Runes::const_iterator begin, Runes::const_iterator end, std::vector<cppjieba::WordRange>& words) const {
    const WordTrie& trie = dict_.trie();
    const size_t n = end - begin;
    first_.resize(n + 1);
    edges_.clear();
    for (size_t i = 0; i < n; i++) {
      first_[i] = edges_.size();
      int32_t node = trie.Child(0, (begin + i)->rune);
      // The character itself comes first, a word or not.
      const bool known = node != WordTrie::kNone && trie.IsWord(node);
      edges_.push_back({i, known, known ? trie.Weight(node) : 0.0});
      for (size_t j = i + 1; j < n && (j - i + 1) <= cppjieba::MAX_WORD_LENGTH && node != WordTrie::kNone; j++) {
        node = trie.Child(node, (begin + j)->rune);
        if (node == WordTrie::kNone) break;
        if (trie.IsWord(node)) edges_.push_back({j, true, trie.Weight(node)});
      }
    }
    first_[n] = edges_.size();
    best_.resize(n);
    length_.resize(n);
    const double minWeight = dict_.minWeight();
    for (size_t k = n; k-- > 0;) {
      double weight = cppjieba::MIN_DOUBLE;
      size_t length = 0;
      for (size_t e = first_[k]; e < first_[k + 1]; e++) {
        const Edge& edge = edges_[e];
        double val = 0.0;
        if (edge.end + 1 < n) val += best_[edge.end + 1];
        val += edge.known ? edge.weight : minWeight;
        if (val > weight) {
          length = edge.known ? edge.end - k + 1 : 0;
          weight = val;
        }
      }
      best_[k] = weight;
      length_[k] = length;
    }
    for (size_t i = 0; i < n;) {
      const size_t length = length_[i] > 0 ? length_[i] : 1;
      words.push_back(cppjieba::WordRange(begin + i, begin + i + length - 1));
      i += length;
    }
  }

 private:
  // A word of the DAG: where it ends, and its weight when the dictionary holds it.
  struct Edge {
    size_t end;
    bool known;
    double weight;
  };

  const Dictionary& dict_;
  mutable std::vector<size_t> first_;
  mutable std::vector<Edge> edges_;
  mutable std::vector<double> best_;
  mutable std::vector<size_t> length_;
};

// The words of a text as cppjieba's MixSegment (precise mode) and QuerySegment (search mode:
// each long precise word preceded by its 2- and 3-grams found in the dictionary) cut them,
// written out as they are found, one string for all. Search mode can leave out words of fewer
// than minChars characters without making them into strings or, for the 2- and 3-grams,
// looking them up: during ingestion the words column keeps words of three characters or more,
// and most of what search mode finds (every 2-gram) is not asked for.
class WordWriter {
 public:
  explicit WordWriter(const Dictionary& dict) : cut_(dict), dict_(dict) {
    // The separators every cppjieba segment starts with (SegmentBase).
    Runes runes;
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
      cut_.Cut(range.begin, range.end, words);
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
  PreciseCut cut_;
  const Dictionary& dict_;
  std::unordered_set<cppjieba::Rune> separators_;

  void Grams(const std::string& sentence, const cppjieba::WordRange& word, size_t size, std::string& out) const {
    for (size_t i = 0; i + size <= word.Length(); i++) {
      if (dict_.trie().Holds(word.left + i, word.left + i + size)) Append(sentence, word.left + i, word.left + i + size - 1, out);
    }
  }

  static void Append(const std::string& sentence, Runes::const_iterator left, Runes::const_iterator right, std::string& out) {
    if (!out.empty()) out.push_back(' ');
    out.append(sentence, left->offset, right->offset + right->len - left->offset);
  }
};

// The dictionary last read in this process, for the next thread that loads the same files.
// Every thread that segments (the server's, each ingestion worker) keeps a dictionary of its
// own, because the words taught to one (insertWord) must not reach another: which words a
// worker knows decides how it cuts (ingest/workers/worker-pool.ts). They all start from the
// same files, though, and copying the tables read (~12.5 MB) takes a few milliseconds where
// reading and weighing jieba's 350,000 lines took 120-200 ms of every worker's start. The copy
// is made before any word is inserted, so a thread gets what reading the files would give.
class ReadDictionaries {
 public:
  // A dictionary of the files as they are now: a copy of the one read before, or read now.
  // Throws as Dictionary's constructor does (nothing is kept then).
  std::unique_ptr<Dictionary> Copy(const std::string& dictPath, const std::string& userPaths) {
    const std::string key = Key(dictPath, userPaths);
    // Held while reading: workers started together wait for the first to read, then copy.
    std::lock_guard<std::mutex> lock(mutex_);
    if (key != key_ || !read_) {
      read_.reset();
      read_ = std::make_shared<const Dictionary>(dictPath, userPaths);
      key_ = key;
    }
    return std::unique_ptr<Dictionary>(new Dictionary(*read_));
  }

 private:
  std::mutex mutex_;
  std::string key_;
  std::shared_ptr<const Dictionary> read_;

  // Each file's path, size and modification time (to the nanosecond): a file written since
  // the last read is read again.
  static std::string Key(const std::string& dictPath, const std::string& userPaths) {
    std::string key;
    std::vector<std::string> files = limonp::Split(userPaths, "|;");
    files.insert(files.begin(), dictPath);
    for (const std::string& file : files) {
      struct stat info;
      key += file;
      if (stat(file.c_str(), &info) == 0) {
        key += '\t' + std::to_string(info.st_size) + '\t' + ModifiedAt(info);
      }
      key += '\n';
    }
    return key;
  }

  static std::string ModifiedAt(const struct stat& info) {
#if defined(__APPLE__)
    return std::to_string(info.st_mtimespec.tv_sec) + '.' + std::to_string(info.st_mtimespec.tv_nsec);
#elif defined(_WIN32)
    return std::to_string(info.st_mtime);
#else
    return std::to_string(info.st_mtim.tv_sec) + '.' + std::to_string(info.st_mtim.tv_nsec);
#endif
  }
};

ReadDictionaries& readDictionaries() {
  // Built on first use and never destroyed: worker threads may still be loading while the
  // process exits, and a static destructor would free the tables under them.
  static ReadDictionaries* read = new ReadDictionaries();
  return *read;
}

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
  std::unique_ptr<Dictionary> dict_;
  std::unique_ptr<WordWriter> words_;

  // load(dict, hmmModel, userDicts ('|'-separated), idf, stopWords): nodejieba's five files.
  // HMM is off and keywords are not extracted, so only the dictionaries are read; each file
  // must still open, as a path nodejieba would refuse is a mistake worth naming.
  Napi::Value Load(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    if (info.Length() != 5) throw Napi::TypeError::New(env, "load takes five paths");
    std::string paths[5];
    for (size_t i = 0; i < 5; i++) {
      if (!info[i].IsString()) throw Napi::TypeError::New(env, "load takes five paths");
      paths[i] = info[i].As<Napi::String>().Utf8Value();
    }
    for (const std::string& group : paths) {
      for (const std::string& file : limonp::Split(group, "|;")) {
        if (file.empty()) continue;
        FILE* f = fopen(file.c_str(), "rb");
        if (f == nullptr) throw Napi::Error::New(env, "segmenter: cannot open " + file);
        fclose(f);
      }
    }
    std::unique_ptr<Dictionary> dict;
    try {
      dict = readDictionaries().Copy(paths[0], paths[2]);
    } catch (const std::exception& error) {
      throw Napi::Error::New(env, error.what());
    }
    words_.reset();
    dict_ = std::move(dict);
    words_.reset(new WordWriter(*dict_));
#ifdef __GLIBC__
    // The dictionary's lines, read and dropped, leave ~6 MB the allocator would keep.
    malloc_trim(0);
#endif
    return env.Undefined();
  }

  void Loaded(Napi::Env env) const {
    if (!dict_) throw Napi::Error::New(env, "segmenter: load() first");
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
    try {
      return Napi::Boolean::New(info.Env(), dict_->Insert(word));
    } catch (const std::exception& error) {
      throw Napi::Error::New(info.Env(), error.what());
    }
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
