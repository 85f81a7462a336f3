#include "query/format.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "text/text.h"

namespace kg::query {
namespace {

std::string Cell(const Value& v, const Labels& labels, bool arabic) {
  switch (v.kind) {
    case Value::Kind::kNull:
      return {};
    case Value::Kind::kText:
      return v.text;
    case Value::Kind::kNumber: {
      char buffer[32];
      if (std::floor(v.number) == v.number && std::fabs(v.number) < 1e15) {
        std::snprintf(buffer, sizeof buffer, "%.0f", v.number);
      } else {
        std::snprintf(buffer, sizeof buffer, "%g", v.number);
      }
      return buffer;
    }
    case Value::Kind::kTerm: {
      std::string text = labels.Display(v.term);
      if (arabic && labels.IsEntity(v.term)) {
        if (const auto& ar = labels.Arabic(v.term); !ar.empty()) text += " (" + ar + ")";
      }
      return text;
    }
  }
  return {};
}

// TSV has no quoting: tabs and line breaks inside a value are written as escapes.
void AppendTsv(std::string* out, std::string_view s) {
  for (char c : s) {
    if (c == '\t') out->append("\\t");
    else if (c == '\n') out->append("\\n");
    else if (c == '\r') out->append("\\r");
    else if (c == '\\') out->append("\\\\");
    else out->push_back(c);
  }
}

void AppendCsv(std::string* out, std::string_view s) {
  if (s.find_first_of(",\"\n\r") == std::string_view::npos) {
    out->append(s);
    return;
  }
  out->push_back('"');
  for (char c : s) {
    if (c == '"') out->push_back('"');
    out->push_back(c);
  }
  out->push_back('"');
}

void AppendJson(std::string* out, std::string_view s) {
  out->push_back('"');
  for (unsigned char c : s) {
    switch (c) {
      case '"': out->append("\\\""); break;
      case '\\': out->append("\\\\"); break;
      case '\n': out->append("\\n"); break;
      case '\r': out->append("\\r"); break;
      case '\t': out->append("\\t"); break;
      default:
        if (c < 0x20) {
          char buffer[8];
          std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
          out->append(buffer);
        } else {
          out->push_back(static_cast<char>(c));
        }
    }
  }
  out->push_back('"');
}

}  // namespace

std::string JsonString(std::string_view s) {
  std::string out;
  AppendJson(&out, s);
  return out;
}

namespace {

// The words of text around its focus that fit in `width` columns, with '…' where text was cut.
std::string CutAround(const std::string& text, Value::Focus focus, size_t width) {
  // Code points: their byte offsets and the columns they take.
  std::vector<size_t> offsets;
  std::vector<size_t> columns;
  for (size_t i = 0; i < text.size();) {
    size_t next = i + 1;
    while (next < text.size() && (static_cast<unsigned char>(text[next]) & 0xC0) == 0x80) ++next;
    offsets.push_back(i);
    columns.push_back(text::DisplayWidth(std::string_view(text).substr(i, next - i)));
    i = next;
  }
  offsets.push_back(text.size());
  const size_t n = columns.size();
  const size_t room = width > 2 ? width - 2 : 1;  // an ellipsis at each end
  // Grow a window from the focus's middle, a code point at a time on each side.
  size_t begin = std::min<size_t>((focus.begin + focus.end) / 2, n), end = begin, used = 0;
  for (bool grew = true; grew;) {
    grew = false;
    if (end < n && used + columns[end] <= room) used += columns[end++], grew = true;
    if (begin > 0 && used + columns[begin - 1] <= room) used += columns[--begin], grew = true;
  }
  // Whole words only, unless a word alone is wider than the room.
  auto space = [&](size_t k) { return text[offsets[k]] == ' '; };
  if (begin > 0) {
    size_t k = begin;
    while (k < end && !space(k)) ++k;
    if (k < std::min<size_t>(end, focus.begin)) begin = k + 1;
  }
  if (end < n) {
    size_t k = end;
    while (k > begin && !space(k - 1)) --k;
    if (k > std::max<size_t>(begin, focus.end)) end = k - 1;
  }
  std::string out = begin > 0 ? "…" : "";
  out += text.substr(offsets[begin], offsets[end] - offsets[begin]);
  if (end < n) out += "…";
  return out;
}

// Cuts the texts with a focus of a table whose rows are wider than `width`. Those kept from their
// start (titles) get kHead columns; those cut around a trigger (evidence) share the columns
// left, in proportion to their widths, and keep at least kHead each.
void FitToWidth(const std::vector<std::string>& columns, const std::vector<std::vector<Value>>& rows,
                std::vector<std::vector<std::string>>* cells, size_t width) {
  constexpr size_t kHead = 30;
  if (width == 0 || cells->empty()) return;
  const size_t n = columns.size();
  std::vector<size_t> widths(n, 0);
  enum class Cut { kNever, kHead, kAround };
  std::vector<Cut> cuts(n, Cut::kNever);
  for (size_t r = 0; r < cells->size(); ++r) {
    for (size_t i = 0; i < n; ++i) {
      widths[i] = std::max({widths[i], text::DisplayWidth(columns[i]), text::DisplayWidth((*cells)[r][i])});
      const Value::Focus focus = rows[r][i].focus;
      if (focus.end > 0) cuts[i] = focus.begin == 0 && cuts[i] != Cut::kAround ? Cut::kHead : Cut::kAround;
    }
  }
  size_t total = 3 * (n - 1), fixed = total, shared = 0;
  for (size_t i = 0; i < n; ++i) {
    total += widths[i];
    if (cuts[i] == Cut::kHead) widths[i] = std::min(widths[i], kHead);
    (cuts[i] == Cut::kAround ? shared : fixed) += widths[i];
  }
  if (total <= width) return;
  const size_t rest = width > fixed ? width - fixed : 0;
  for (size_t i = 0; i < n; ++i) {
    if (cuts[i] == Cut::kNever) continue;
    const size_t room = cuts[i] == Cut::kHead ? widths[i] : std::max(kHead, rest * widths[i] / shared);
    for (size_t r = 0; r < cells->size(); ++r) {
      if (text::DisplayWidth((*cells)[r][i]) > room) {
        (*cells)[r][i] = CutAround((*cells)[r][i], rows[r][i].focus, room);
      }
    }
  }
}

void WriteAligned(std::ostream& out, const std::vector<std::string>& columns,
                  const std::vector<std::vector<std::string>>& cells, bool header) {
  std::vector<size_t> widths(columns.size(), 0);
  if (header) {
    for (size_t i = 0; i < widths.size(); ++i) widths[i] = text::DisplayWidth(columns[i]);
  }
  for (const auto& row : cells) {
    for (size_t i = 0; i < row.size(); ++i) widths[i] = std::max(widths[i], text::DisplayWidth(row[i]));
  }
  auto line = [&](const std::vector<std::string>& row) {
    std::string text;
    for (size_t i = 0; i < row.size(); ++i) {
      if (i) text += " | ";
      text += row[i];
      if (i + 1 < row.size()) text.append(widths[i] - text::DisplayWidth(row[i]), ' ');
    }
    out << text << '\n';
  };
  if (header) {
    line(columns);
    std::string rule;
    for (size_t i = 0; i < widths.size(); ++i) rule += (i ? "-+-" : "") + std::string(widths[i], '-');
    out << rule << '\n';
  }
  for (const auto& row : cells) line(row);
  if (header) out << "(" << cells.size() << (cells.size() == 1 ? " row)\n" : " rows)\n");
}

}  // namespace

std::optional<Format> ParseFormat(std::string_view name) {
  if (name == "table") return Format::kTable;
  if (name == "tsv") return Format::kTsv;
  if (name == "csv") return Format::kCsv;
  if (name == "json") return Format::kJson;
  return std::nullopt;
}

ResultWriter::ResultWriter(std::ostream& out, const Labels& labels, const FormatOptions& options)
    : out_(out), labels_(labels), options_(options) {}

void ResultWriter::Columns(const std::vector<std::string>& columns) {
  streaming_ = true;
  columns_ = columns;
  if (options_.format == Format::kJson) {
    buffer_ += "[";
  } else if (options_.format != Format::kTable && options_.header) {
    for (size_t i = 0; i < columns_.size(); ++i) Field(i, columns_[i]);
    buffer_ += '\n';
  }
}

void ResultWriter::Row(std::vector<Value> row) {
  pending_.push_back(std::move(row));
  // A table is aligned: it waits for its last row.
  if (options_.format != Format::kTable && pending_.size() >= kBatchRows) {
    WriteRows(pending_);
    pending_.clear();
  }
}

void ResultWriter::Finish(const Result& result) {
  if (!streaming_) {
    if (result.truth) {
      out_ << (*result.truth ? "true\n" : "false\n");
      return;
    }
    if (!result.plan.empty()) {
      out_ << result.plan;
      return;
    }
    Columns(result.columns);
  }
  const auto& rows = result.rows.empty() ? pending_ : result.rows;
  if (options_.format == Format::kTable) {
    WriteTable(rows);
    return;
  }
  WriteRows(rows);
  if (options_.format == Format::kJson) buffer_ += written_ ? "\n]\n" : "]\n";
  Flush();
}

void ResultWriter::Prefetch(const std::vector<std::vector<Value>>& rows) const {
  std::vector<graph::TermId> terms;
  for (const auto& row : rows) {
    for (const auto& v : row) {
      if (v.kind == Value::Kind::kTerm) terms.push_back(v.term);
    }
  }
  labels_.Prefetch(std::move(terms));
}

void ResultWriter::WriteTable(const std::vector<std::vector<Value>>& rows) {
  Prefetch(rows);
  // Every cell is made before the first line is written.
  std::vector<std::vector<std::string>> cells;
  cells.reserve(rows.size());
  for (const auto& row : rows) {
    auto& line = cells.emplace_back();
    for (const auto& v : row) line.push_back(Cell(v, labels_, options_.arabic));
  }
  FitToWidth(columns_, rows, &cells, options_.width);
  WriteAligned(out_, columns_, cells, options_.header);
}

std::string_view ResultWriter::Text(const Value& v) {
  // A term's text is its cached label, not a copy, unless its Arabic name is added.
  if (v.kind == Value::Kind::kTerm && !options_.arabic) return labels_.Display(v.term);
  if (v.kind == Value::Kind::kText) return v.text;
  cell_ = Cell(v, labels_, options_.arabic);
  return cell_;
}

void ResultWriter::Field(size_t i, std::string_view s) {
  const bool tsv = options_.format == Format::kTsv;
  if (i) buffer_ += tsv ? '\t' : ',';
  tsv ? AppendTsv(&buffer_, s) : AppendCsv(&buffer_, s);
}

void ResultWriter::WriteRows(const std::vector<std::vector<Value>>& rows) {
  Prefetch(rows);
  for (const auto& row : rows) {
    if (options_.format == Format::kJson) {
      buffer_ += written_ ? ",\n {" : "\n {";
      for (size_t i = 0; i < row.size(); ++i) {
        if (i) buffer_ += ", ";
        AppendJson(&buffer_, columns_[i]);
        buffer_ += ": ";
        if (row[i].kind == Value::Kind::kNumber) {
          buffer_ += Text(row[i]);
        } else if (row[i].kind == Value::Kind::kNull) {
          buffer_ += "null";
        } else {
          AppendJson(&buffer_, Text(row[i]));
        }
      }
      buffer_ += "}";
    } else {
      for (size_t i = 0; i < row.size(); ++i) Field(i, Text(row[i]));
      buffer_ += '\n';
    }
    ++written_;
    if (buffer_.size() >= kFlushBytes) Flush();
  }
}

void ResultWriter::Flush() {
  out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
  buffer_.clear();
}

void WriteResult(std::ostream& out, const Result& result, const Labels& labels,
                 const FormatOptions& options) {
  ResultWriter(out, labels, options).Finish(result);
}

}  // namespace kg::query
