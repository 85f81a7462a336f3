// Nisba adjectives: the relational adjectives Arabic forms from place names (العراق → عراقي),
// by which news names a state's institutions and people (الحكومة العراقية، الإيرانيون).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kg::extract {

// The masculine singular nisba of a one-word country name, by rule, without the article:
// a final ا or the ا of يا gives way to ي (فرنسا → فرنسي، سوريا → سوري), a final ية loses its
// ة (السعودية → سعودي), any other word takes ي (العراق → عراقي). Empty for names of several
// words, whose adjectives are irregular (الولايات المتحدة → أمريكي) and come from the lexicon.
std::string NisbaOf(std::string_view country);

// The inflections of a masculine singular nisba, without the article (which MatchKey drops):
// عراقي، عراقية، عراقيا، عراقيات، عراقيان، عراقيون، عراقيين; each word of a nisba of two agrees
// (كوري جنوبي، كورية جنوبية، كوريون جنوبيون).
std::vector<std::string> NisbaForms(std::string_view adjective);

}  // namespace kg::extract
