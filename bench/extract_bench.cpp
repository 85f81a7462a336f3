// Throughput of the extractor on a JSON-lines corpus such as
// ../shared/corpus/ant-politics.jsonl, on one thread: the corpus is read into memory first, then
// each article is timed through ReadArticle and the recognizer alone (what `kg entities` does)
// and through the whole extractor (what `kg extract` and `kg ingest` do). Prints MB/s per core
// for each of `runs` passes and their median.
//
// usage: extract_bench CORPUS.jsonl [DATA_DIR] [MAX_ARTICLES (0: all)] [RUNS]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "extract/article.h"
#include "extract/corpus.h"
#include "extract/extractor.h"
#include "extract/lexicon.h"
#include "extract/recognizer.h"

namespace {

struct Pass {
  double seconds = 0;
  size_t found = 0;  // mentions or statements
};

template <typename F>
Pass Time(const std::vector<kg::extract::CorpusRecord>& records, F&& find) {
  Pass pass;
  const auto start = std::chrono::steady_clock::now();
  for (const auto& record : records) {
    const auto article = kg::extract::ReadArticle(record.id, record.title + "\n" + record.text);
    pass.found += find(article);
  }
  pass.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return pass;
}

double Median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return values[values.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: extract_bench CORPUS.jsonl [DATA_DIR] [MAX_ARTICLES] [RUNS]\n";
    return 2;
  }
  try {
    const std::filesystem::path data =
        argc > 2 ? std::filesystem::path(argv[2]) : kg::extract::DefaultDataDir();
    const size_t limit = argc > 3 ? std::strtoull(argv[3], nullptr, 10) : 0;
    const size_t max = limit > 0 ? limit : SIZE_MAX;  // 0: every article
    const int runs = argc > 4 ? std::max(1, std::atoi(argv[4])) : 3;
    const auto recognizer = kg::extract::Recognizer::Load(data);
    const auto extractor = kg::extract::Extractor::Load(data);

    std::ifstream in(argv[1]);
    if (!in) throw std::runtime_error(std::string("cannot read ") + argv[1]);
    kg::extract::CorpusReader reader(in, argv[1]);
    std::vector<kg::extract::CorpusRecord> records;
    size_t bytes = 0;
    kg::extract::CorpusRecord record;
    for (std::string error; records.size() < max && reader.Next(&record, &error);) {
      if (!error.empty()) continue;
      bytes += record.title.size() + 1 + record.text.size();
      records.push_back(std::move(record));
    }
    const double mb = static_cast<double>(bytes) / 1e6;
    std::printf("%zu articles, %.1f MB, one thread\n", records.size(), mb);

    std::vector<double> entities, statements;
    for (int run = 0; run < runs; ++run) {
      const Pass e = Time(records, [&](const auto& a) { return recognizer.Find(a).mentions.size(); });
      const Pass s = Time(records, [&](const auto& a) { return extractor.Extract(a).size(); });
      entities.push_back(mb / e.seconds);
      statements.push_back(mb / s.seconds);
      std::printf("run %d: entities %zu mentions %.2f MB/s; extract %zu triples %.2f MB/s\n", run + 1,
                  e.found, entities.back(), s.found, statements.back());
    }
    std::printf("median: entities %.2f MB/s, extract %.2f MB/s per core\n", Median(entities),
                Median(statements));
  } catch (const std::exception& e) {
    std::cerr << "extract_bench: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
