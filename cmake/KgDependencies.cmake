# Finds kg's dependencies. Each one comes from a Debian 12 package; a missing one stops
# the configure step with the name of the package to install (scripts/install-deps does it).
include(FindPkgConfig)

macro(kg_require found package what)
  if(NOT ${found})
    message(FATAL_ERROR "kg needs ${what}: install the Debian package '${package}' "
                        "(apt-get install ${package}, or run scripts/install-deps).")
  endif()
endmacro()

find_package(PkgConfig)
kg_require(PKG_CONFIG_FOUND pkg-config "pkg-config")

find_package(RocksDB CONFIG QUIET)
kg_require(RocksDB_FOUND librocksdb-dev "RocksDB")

pkg_check_modules(ICU QUIET IMPORTED_TARGET icu-uc icu-i18n)
kg_require(ICU_FOUND libicu-dev "ICU")

find_package(Boost 1.74 QUIET)
if(Boost_FOUND AND NOT EXISTS "${Boost_INCLUDE_DIRS}/boost/spirit/home/x3.hpp")
  set(Boost_FOUND OFF)
endif()
kg_require(Boost_FOUND libboost-dev "Boost.Spirit X3")

pkg_check_modules(SERD QUIET IMPORTED_TARGET serd-0)
kg_require(SERD_FOUND libserd-dev "serd (RDF parsing and writing)")

find_path(STEMMER_INCLUDE_DIR libstemmer.h)
find_library(STEMMER_LIBRARY stemmer)
if(STEMMER_INCLUDE_DIR AND STEMMER_LIBRARY)
  add_library(kg_stemmer INTERFACE)
  target_include_directories(kg_stemmer SYSTEM INTERFACE ${STEMMER_INCLUDE_DIR})
  target_link_libraries(kg_stemmer INTERFACE ${STEMMER_LIBRARY})
  set(STEMMER_FOUND ON)
endif()
kg_require(STEMMER_FOUND libstemmer-dev "Snowball's stemmers")

# Optional: kg export --format svg renders in process with libgvc when it is there, else runs
# the dot program, else says what to install.
pkg_check_modules(GVC QUIET IMPORTED_TARGET libgvc)
if(NOT GVC_FOUND)
  message(STATUS "libgvc not found (Debian package libgraphviz-dev): kg export --format svg will run 'dot'")
endif()

pkg_check_modules(HUNSPELL QUIET IMPORTED_TARGET hunspell)
kg_require(HUNSPELL_FOUND libhunspell-dev "Hunspell (with hunspell-ar, the Arabic word list)")

pkg_check_modules(XXHASH QUIET IMPORTED_TARGET libxxhash)
kg_require(XXHASH_FOUND libxxhash-dev "xxHash")

pkg_check_modules(READLINE QUIET IMPORTED_TARGET readline)
kg_require(READLINE_FOUND libreadline-dev "GNU readline")

find_package(nlohmann_json 3 CONFIG QUIET)
kg_require(nlohmann_json_FOUND nlohmann-json3-dev "nlohmann/json (JSON-lines corpora)")

pkg_check_modules(LIBXML2 QUIET IMPORTED_TARGET libxml-2.0)
kg_require(LIBXML2_FOUND libxml2-dev "libxml2 (kg export --format graphml)")

# Debian builds cpp-httplib as a shared library (libcpp-httplib.so) with its header.
pkg_check_modules(HTTPLIB QUIET IMPORTED_TARGET cpp-httplib)
kg_require(HTTPLIB_FOUND libcpp-httplib-dev "cpp-httplib (kg serve; its client in the tests)")

# Abseil's flat hash tables hold the lexicons every token is looked up in.
find_package(absl CONFIG QUIET)
kg_require(absl_FOUND libabsl-dev "Abseil (the lexicons' hash tables)")

find_package(CLI11 CONFIG QUIET)
kg_require(CLI11_FOUND libcli11-dev "CLI11 (command-line parsing)")

find_package(Threads REQUIRED)

if(KG_BUILD_TESTS)
  find_package(Catch2 2.13 CONFIG QUIET)
  kg_require(Catch2_FOUND catch2 "Catch2 v2")
endif()
