# Debian package with CPack: cpack -G DEB in the build folder.
install(FILES ${CMAKE_CURRENT_LIST_DIR}/patchbay-daemon.service DESTINATION lib/systemd/user)

# Desktop integration: the launcher, the icon (SVG and hicolor PNGs rendered from it at build
# time), AppStream metadata, the project file's MIME type, man pages, the copyright and
# changelog a Debian package carries. tests/check_packaging.sh validates them all.
if(TARGET patchbay)
    set(_id io.patchbay.Patchbay)
    set(_pkg ${CMAKE_CURRENT_LIST_DIR})
    find_package(Qt6 REQUIRED COMPONENTS Svg)
    qt_add_executable(patchbay-render-icon ${_pkg}/render-icon.cpp)
    target_link_libraries(patchbay-render-icon PRIVATE Qt6::Gui Qt6::Svg)
    set(_pngs)
    foreach(_size IN ITEMS 16 24 32 48 64 128 256)
        set(_png ${CMAKE_CURRENT_BINARY_DIR}/icons/${_size}x${_size}/${_id}.png)
        add_custom_command(OUTPUT ${_png}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/icons/${_size}x${_size}
            COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen
                    $<TARGET_FILE:patchbay-render-icon> ${_pkg}/icons/${_id}.svg ${_png} ${_size}
            DEPENDS patchbay-render-icon ${_pkg}/icons/${_id}.svg
            COMMENT "Rendering the ${_size}x${_size} icon" VERBATIM)
        list(APPEND _pngs ${_png})
        install(FILES ${_png} DESTINATION share/icons/hicolor/${_size}x${_size}/apps)
    endforeach()
    install(FILES ${_pkg}/icons/${_id}.svg DESTINATION share/icons/hicolor/scalable/apps)
    install(FILES ${_pkg}/${_id}.desktop DESTINATION share/applications)
    install(FILES ${_pkg}/${_id}.metainfo.xml DESTINATION share/metainfo)
    install(FILES ${_pkg}/patchbay-mime.xml DESTINATION share/mime/packages RENAME patchbay.xml)

    # patchbay-cli(1) from the program's own help; patchbay(1) and patchbay-demo-api(1) from
    # their --help
    find_package(Python3 REQUIRED COMPONENTS Interpreter)
    set(_man ${CMAKE_CURRENT_BINARY_DIR}/man)
    set(_pages)
    foreach(_tool IN ITEMS patchbay-cli patchbay patchbay-demo-api)
        set(_mode commands)
        if(NOT _tool STREQUAL "patchbay-cli")
            set(_mode plain)
        endif()
        add_custom_command(OUTPUT ${_man}/${_tool}.1.gz
            COMMAND ${CMAKE_COMMAND} -E make_directory ${_man}
            COMMAND ${Python3_EXECUTABLE} ${_pkg}/make-manpage.py $<TARGET_FILE:${_tool}> ${_man}/${_tool}.1
                    ${PROJECT_VERSION} ${_mode}
            COMMAND gzip -9nf ${_man}/${_tool}.1
            DEPENDS ${_tool} ${_pkg}/make-manpage.py
            COMMENT "Writing the man page of ${_tool}" VERBATIM)
        list(APPEND _pages ${_man}/${_tool}.1.gz)
        install(FILES ${_man}/${_tool}.1.gz DESTINATION share/man/man1)
    endforeach()
    add_custom_target(patchbay-desktop-files ALL DEPENDS ${_pngs} ${_pages})

    # a native package (no Debian revision): its changelog is changelog.gz
    set(_doc ${CMAKE_CURRENT_BINARY_DIR}/doc)
    add_custom_command(OUTPUT ${_doc}/changelog.gz
        COMMAND ${CMAKE_COMMAND} -E make_directory ${_doc}
        COMMAND ${CMAKE_COMMAND} -E copy ${_pkg}/changelog.Debian ${_doc}/changelog
        COMMAND gzip -9nf ${_doc}/changelog
        DEPENDS ${_pkg}/changelog.Debian VERBATIM)
    add_custom_target(patchbay-changelog ALL DEPENDS ${_doc}/changelog.gz)
    install(FILES ${_pkg}/copyright ${_doc}/changelog.gz DESTINATION share/doc/patchbay)
endif()

set(CPACK_PACKAGE_NAME "patchbay")
set(CPACK_PACKAGE_VENDOR "Patchbay")
set(CPACK_PACKAGE_CONTACT "Patchbay maintainers <maintainers@patchbay.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION "Patchbay connects one web API to another: add a connection, try
 a request, draw lines from the source's fields to the target's, and let it
 run on a schedule, with secrets in the system keychain and every run recorded.
 It includes patchbay-cli for servers.")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://example.invalid/patchbay")
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6, libsecret-1-0")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager")
include(CPack)
