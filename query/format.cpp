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
void FitToWidth(const Result& result, std::vector<std::vector<std::string>>* cells, size_t width) {
  constexpr size_t kHead = 30;
  if (width == 0 || cells->empty()) return;
  const size_t n = result.columns.size();
  std::vector<size_t> widths(n, 0);
  enum class Cut { kNever, kHead, kAround };
  std::vector<Cut> cuts(n, Cut::kNever);
  for (size_t r = 0; r < cells->size(); ++r) {
    for (size_t i = 0; i < n; ++i) {
      widths[i] = std::max({widths[i], text::DisplayWidth(result.columns[i]), text::DisplayWidth((*cells)[r][i])});
      const Value::Focus focus = result.rows[r][i].focus;
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
        (*cells)[r][i] = CutAround((*cells)[r][i], result.rows[r][i].focus, room);
      }
    }
  }
}

void WriteTable(std::ostream& out, const Result& result, const std::vector<std::vector<std::string>>& cells,
                bool header) {
  std::vector<size_t> widths(result.columns.size(), 0);
  if (header) {
    for (size_t i = 0; i < widths.size(); ++i) widths[i] = text::DisplayWidth(result.columns[i]);
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
    line(result.columns);
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

void WriteResult(std::ostream& out, const Result& result, const Labels& labels,
                 const FormatOptions& options) {
  if (result.truth) {
    out << (*result.truth ? "true\n" : "false\n");
    return;
  }
  if (!result.plan.empty()) {
    out << result.plan;
    return;
  }
  std::vector<graph::TermId> terms;
  for (const auto& row : result.rows) {
    for (const auto& v : row) {
      if (v.kind == Value::Kind::kTerm) terms.push_back(v.term);
    }
  }
  labels.Prefetch(std::move(terms));
  if (options.format == Format::kTable) {
    // A table is aligned: every cell is made before the first line is written.
    std::vector<std::vector<std::string>> cells;
    cells.reserve(result.rows.size());
    for (const auto& row : result.rows) {
      auto& line = cells.emplace_back();
      for (const auto& v : row) line.push_back(Cell(v, labels, options.arabic));
    }
    FitToWidth(result, &cells, options.width);
    WriteTable(out, result, cells, options.header);
    return;
  }
  // The other formats go out a row at a time through one buffer, written in large pieces.
  constexpr size_t kFlushBytes = 1 << 16;
  std::string buffer, cell;
  auto flush = [&] {
    out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    buffer.clear();
  };
  // A term's text is its cached label, not a copy, unless its Arabic name is added.
  auto text = [&](const Value& v) -> std::string_view {
    if (v.kind == Value::Kind::kTerm && !options.arabic) return labels.Display(v.term);
    if (v.kind == Value::Kind::kText) return v.text;
    cell = Cell(v, labels, options.arabic);
    return cell;
  };
  if (options.format == Format::kJson) {
    buffer += "[";
    for (size_t r = 0; r < result.rows.size(); ++r) {
      buffer += r ? ",\n {" : "\n {";
      for (size_t i = 0; i < result.rows[r].size(); ++i) {
        if (i) buffer += ", ";
        AppendJson(&buffer, result.columns[i]);
        buffer += ": ";
        const Value& v = result.rows[r][i];
        if (v.kind == Value::Kind::kNumber) {
          buffer += text(v);
        } else if (v.kind == Value::Kind::kNull) {
          buffer += "null";
        } else {
          AppendJson(&buffer, text(v));
        }
      }
      buffer += "}";
      if (buffer.size() >= kFlushBytes) flush();
    }
    buffer += result.rows.empty() ? "]\n" : "\n]\n";
    flush();
    return;
  }
  const bool tsv = options.format == Format::kTsv;
  auto field = [&](size_t i, std::string_view s) {
    if (i) buffer += tsv ? '\t' : ',';
    tsv ? AppendTsv(&buffer, s) : AppendCsv(&buffer, s);
  };
  if (options.header) {
    for (size_t i = 0; i < result.columns.size(); ++i) field(i, result.columns[i]);
    buffer += '\n';
  }
  for (const auto& row : result.rows) {
    for (size_t i = 0; i < row.size(); ++i) field(i, text(row[i]));
    buffer += '\n';
    if (buffer.size() >= kFlushBytes) flush();
  }
  flush();
}

}  // namespace kg::query
