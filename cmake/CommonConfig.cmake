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

# With Ninja, AUTOMOC's step only depends on the headers it moc'ed last time (its depfile), so a
# Q_OBJECT header newly picked up by a source glob is never moc'ed in an existing build directory
# ("undefined reference to vtable"). When the globbed list changes (CONFIGURE_DEPENDS re-runs
# CMake), drop the step's timestamp so it runs again.
function(moltdesk_autogen_rescan target sources)
    string(SHA256 hash "${sources}")
    set(stamp "${CMAKE_CURRENT_BINARY_DIR}/${target}_sources.sha256")
    set(previous "")
    if(EXISTS "${stamp}")
        file(READ "${stamp}" previous)
    endif()
    if(NOT previous STREQUAL hash)
        file(REMOVE "${CMAKE_CURRENT_BINARY_DIR}/${target}_autogen/timestamp")
        file(WRITE "${stamp}" "${hash}")
    endif()
endfunction()
