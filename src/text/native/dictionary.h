// jieba's dictionary for the segmenter addon (segmenter.cc): the files read as cppjieba's
// DictTrie reads them, into a trie made for the lookups precise mode makes at every character.
// segmenter.cc says why the addon does not build cppjieba's own.
#ifndef GAZETTE_SEGMENTER_DICTIONARY_H
#define GAZETTE_SEGMENTER_DICTIONARY_H

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <limits>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "cppjieba/Unicode.hpp"
#include "limonp/StringUtil.hpp"

namespace gazette {

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

}  // namespace gazette

#endif  // GAZETTE_SEGMENTER_DICTIONARY_H
