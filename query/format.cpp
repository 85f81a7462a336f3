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
std::string TsvEscape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '\t') out += "\\t";
    else if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c == '\\') out += "\\\\";
    else out += c;
  }
  return out;
}

std::string CsvEscape(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace

std::string JsonString(std::string_view s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          char buffer[8];
          std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
          out += buffer;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
}

namespace {

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
  std::vector<std::vector<std::string>> cells;
  cells.reserve(result.rows.size());
  for (const auto& row : result.rows) {
    auto& line = cells.emplace_back();
    for (const auto& v : row) line.push_back(Cell(v, labels, options.arabic));
  }
  switch (options.format) {
    case Format::kTable:
      WriteTable(out, result, cells, options.header);
      break;
    case Format::kTsv:
    case Format::kCsv: {
      const bool tsv = options.format == Format::kTsv;
      auto write = [&](const std::vector<std::string>& row) {
        std::string text;
        for (size_t i = 0; i < row.size(); ++i) {
          if (i) text += tsv ? '\t' : ',';
          text += tsv ? TsvEscape(row[i]) : CsvEscape(row[i]);
        }
        text += '\n';
        out << text;
      };
      if (options.header) write(result.columns);
      for (const auto& row : cells) write(row);
      break;
    }
    case Format::kJson: {
      out << "[";
      for (size_t r = 0; r < cells.size(); ++r) {
        out << (r ? ",\n " : "\n ") << "{";
        for (size_t i = 0; i < cells[r].size(); ++i) {
          out << (i ? ", " : "") << JsonString(result.columns[i]) << ": ";
          if (result.rows[r][i].kind == Value::Kind::kNumber) {
            out << cells[r][i];
          } else if (result.rows[r][i].kind == Value::Kind::kNull) {
            out << "null";
          } else {
            out << JsonString(cells[r][i]);
          }
        }
        out << "}";
      }
      out << (cells.empty() ? "]\n" : "\n]\n");
      break;
    }
  }
}

}  // namespace kg::query
