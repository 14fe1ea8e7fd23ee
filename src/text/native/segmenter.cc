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
// So the dictionary is read here (Dictionary: the same files, fields, weights and order as
// cppjieba's DictTrie, whose rules each step names) into a trie made for these lookups, and
// precise mode is cppjieba's MPSegment over it (PreciseCut). The cut is nodejieba's word for
// word (HMM off, as its cut/cutForSearch default to): tests/text/native/segmenter.test.ts
// compares them. cppjieba's headers still give the text's runes, the separators and the ranges
// between them.
#include <napi.h>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <limits>
#include <memory>
#include <stdexcept>
#include <string>
#include <unordered_set>
#include <vector>

#include "cppjieba/DictTrie.hpp"
#include "cppjieba/PreFilter.hpp"
#include "cppjieba/SegmentBase.hpp"
#include "cppjieba/Trie.hpp"
#include "limonp/StringUtil.hpp"

namespace {

using Runes = cppjieba::RuneStrArray;

// Words as a trie: node 0 is the root; the root's children sit in an array indexed by
// character, every other edge in one open-addressed table of 64-bit slots, each holding the
// edge's (node, character) key and the child it leads to, so a step reads one slot; a node
// that ends a word holds the word's weight (NaN: no word ends there).
class WordTrie {
 public:
  static constexpr int32_t kNone = -1;

  WordTrie() : root_(kRootSize, kNone), weight_(1, kNoWord) { Rehash(1 << 16); }

  // Adds the word (or gives it the new weight, as a later line of cppjieba's dictionary does).
  // Throws std::length_error past kMaxNodes nodes (four times jieba's dictionary).
  void Insert(const Runes& word, double weight) {
    if (word.empty()) return;
    int32_t node = 0;
    for (const cppjieba::RuneStr& r : word) {
      int32_t next = Child(node, r.rune);
      if (next == kNone) {
        if (weight_.size() >= kMaxNodes) throw std::length_error("segmenter: the dictionary holds too many words");
        next = static_cast<int32_t>(weight_.size());
        weight_.push_back(kNoWord);
        AddEdge(node, r.rune, next);
      }
      node = next;
    }
    weight_[node] = weight;
  }

  int32_t Child(int32_t node, cppjieba::Rune rune) const {
    if (node == 0 && rune < kRootSize) return root_[rune];
    const uint64_t key = Key(node, rune);
    for (size_t at = Slot(key);; at = (at + 1) & mask_) {
      const uint64_t slot = slots_[at];
      if (slot == kEmpty) return kNone;
      if ((slot & kKeyMask) == key) return static_cast<int32_t>(slot >> kKeyBits);
    }
  }

  bool IsWord(int32_t node) const { return !std::isnan(weight_[node]); }
  double Weight(int32_t node) const { return weight_[node]; }

  // Whether [begin, end) is a word.
  bool Holds(Runes::const_iterator begin, Runes::const_iterator end) const {
    if (begin == end) return false;
    int32_t node = 0;
    for (auto it = begin; it != end; ++it) {
      node = Child(node, it->rune);
      if (node == kNone) return false;
    }
    return IsWord(node);
  }

 private:
  static constexpr cppjieba::Rune kRootSize = 0x10000;
  // A key is the node (21 bits) over the character (21 bits: Unicode's range); the child takes
  // the slot's upper 22 bits. No edge's slot is 0: the root's edge for character 0 is in root_.
  static constexpr int kRuneBits = 21;
  static constexpr int kKeyBits = 42;
  static constexpr uint64_t kKeyMask = (uint64_t(1) << kKeyBits) - 1;
  static constexpr size_t kMaxNodes = size_t(1) << kRuneBits;
  static constexpr uint64_t kEmpty = 0;
  static constexpr double kNoWord = std::numeric_limits<double>::quiet_NaN();

  std::vector<int32_t> root_;
  std::vector<double> weight_;
  std::vector<uint64_t> slots_;
  size_t mask_ = 0;
  size_t edges_ = 0;
  int shift_ = 0;

  static uint64_t Key(int32_t node, cppjieba::Rune rune) { return (uint64_t(uint32_t(node)) << kRuneBits) | (rune & ((1u << kRuneBits) - 1)); }
  size_t Slot(uint64_t key) const { return size_t((key * 0x9E3779B97F4A7C15ull) >> shift_); }

  void AddEdge(int32_t node, cppjieba::Rune rune, int32_t child) {
    if (node == 0 && rune < kRootSize) {
      root_[rune] = child;
      return;
    }
    // At most half full: a miss (where most walks from a character end) stops within a few slots.
    if ((edges_ + 1) * 2 > slots_.size()) Rehash(slots_.size() * 2);
    Place(Key(node, rune) | (uint64_t(uint32_t(child)) << kKeyBits));
    edges_ += 1;
  }

  void Place(uint64_t slot) {
    size_t at = Slot(slot & kKeyMask);
    while (slots_[at] != kEmpty) at = (at + 1) & mask_;
    slots_[at] = slot;
  }

  void Rehash(size_t size) {
    std::vector<uint64_t> slots(size, kEmpty);
    slots.swap(slots_);
    mask_ = size - 1;
    shift_ = 64 - __builtin_ctzll(size);
    for (uint64_t slot : slots) {
      if (slot != kEmpty) Place(slot);
    }
  }
};

// jieba's dictionary as cppjieba's DictTrie reads it: each line of the main dictionary is
// "word frequency tag" (LoadDict); a word's weight is log(frequency / sum of frequencies)
// (CalculateWeight), the smallest weight stands for a character no word covers (GetMinWeight),
// and the median is the weight of a user word without a frequency (WordWeightMedian, the
// default). A user dictionary line is "word", "word tag" or "word frequency tag"
// (InserUserDictNode); files are parted by | or ;. Later words replace earlier ones.
class Dictionary {
 public:
  // Throws std::runtime_error naming the file and line that cannot be read.
  Dictionary(const std::string& dictPath, const std::string& userPaths) {
    std::vector<std::pair<std::string, double>> entries;
    ReadLines(dictPath, [&](const std::string& line) {
      std::vector<std::string> fields;
      limonp::Split(line, fields, " ");
      if (fields.size() != 3) throw std::runtime_error("segmenter: " + dictPath + ": not \"word frequency tag\": " + line);
      entries.emplace_back(fields[0], atof(fields[1].c_str()));
    });
    if (entries.empty()) throw std::runtime_error("segmenter: " + dictPath + ": no words");
    double sum = 0.0;
    for (const auto& e : entries) sum += e.second;
    std::vector<double> sorted;
    sorted.reserve(entries.size());
    for (auto& e : entries) {
      e.second = log(double(e.second) / sum);
      // A negative frequency has no logarithm; WordTrie keeps NaN for "no word".
      if (std::isnan(e.second)) throw std::runtime_error("segmenter: " + dictPath + ": a frequency is not a positive number: " + e.first);
      sorted.push_back(e.second);
    }
    std::sort(sorted.begin(), sorted.end());
    minWeight_ = sorted.front();
    userWeight_ = sorted[sorted.size() / 2];
    for (const auto& e : entries) Learn(e.first, e.second);
    for (const std::string& file : limonp::Split(userPaths, "|;")) {
      ReadLines(file, [&](const std::string& line) {
        if (line.empty()) return;
        std::vector<std::string> fields;
        limonp::Split(line, fields, " ");
        if (fields.size() == 1 || fields.size() == 2) Learn(fields[0], userWeight_);
        if (fields.size() == 3) {
          const double weight = log(1.0 * atoi(fields[1].c_str()) / sum);
          if (std::isnan(weight)) throw std::runtime_error("segmenter: " + file + ": a frequency is not a positive number: " + line);
          Learn(fields[0], weight);
        }
      });
    }
  }

  // A word added later (cppjieba's InsertUserWord): the user words' weight. False when the
  // word is not UTF-8.
  bool Insert(const std::string& word) { return Learn(word, userWeight_); }

  const WordTrie& trie() const { return trie_; }
  double minWeight() const { return minWeight_; }

 private:
  WordTrie trie_;
  double minWeight_ = 0.0;
  double userWeight_ = 0.0;

  bool Learn(const std::string& word, double weight) {
    Runes runes;
    if (!cppjieba::DecodeUTF8RunesInString(word, runes)) return false;
    trie_.Insert(runes, weight);
    return true;
  }

  template <typename Each>
  static void ReadLines(const std::string& file, Each each) {
    std::ifstream in(file.c_str());
    if (!in.is_open()) throw std::runtime_error("segmenter: cannot open " + file);
    std::string line;
    while (std::getline(in, line)) each(line);
  }
};

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
      dict.reset(new Dictionary(paths[0], paths[2]));
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
