# Finds Node.js's http_parser (Debian 12: libhttp-parser-dev, which ships no pkg-config file) and
# provides the imported target HttpParser::HttpParser. The static library is preferred, as the
# gateway has always linked it, so the binary needs no libhttp-parser2.9 at run time; the shared
# one is taken when only that exists. Set HttpParser_ROOT to search somewhere else first.
find_path(HttpParser_INCLUDE_DIR NAMES http_parser.h)
find_library(HttpParser_LIBRARY NAMES ${CMAKE_STATIC_LIBRARY_PREFIX}http_parser${CMAKE_STATIC_LIBRARY_SUFFIX} http_parser)
mark_as_advanced(HttpParser_INCLUDE_DIR HttpParser_LIBRARY)

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(HttpParser
    REQUIRED_VARS HttpParser_LIBRARY HttpParser_INCLUDE_DIR
    REASON_FAILURE_MESSAGE "install the Debian package libhttp-parser-dev (scripts/setup-deps.sh does), or set HttpParser_ROOT")

if(HttpParser_FOUND AND NOT TARGET HttpParser::HttpParser)
    add_library(HttpParser::HttpParser UNKNOWN IMPORTED)
    set_target_properties(HttpParser::HttpParser PROPERTIES
        IMPORTED_LOCATION "${HttpParser_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${HttpParser_INCLUDE_DIR}")
endif()
