# One INTERFACE target that every Moltdesk target links: warnings and Qt guard defines.
# (Pattern from qBittorrent's cmake/Modules/CommonConfig.cmake.)
add_library(moltdesk_common INTERFACE)

target_compile_options(moltdesk_common INTERFACE
    -Wall -Wextra -Wpedantic -Wcast-qual -Wnon-virtual-dtor -Woverloaded-virtual
    -Wformat=2 -Wimplicit-fallthrough
)
if(MOLTDESK_WERROR)
    target_compile_options(moltdesk_common INTERFACE -Werror)
endif()

target_compile_definitions(moltdesk_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
)
