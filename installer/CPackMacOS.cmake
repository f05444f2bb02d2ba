# CPack settings for a macOS disk image (DragNDrop). Included by installer/CMakeLists.txt on APPLE.
# Prepared, NOT tested: nothing here has been built on macOS yet. A proper bundle needs
# ui/CMakeLists.txt to build coupondesk with MACOSX_BUNDLE (and install it to "."); that is left
# for whoever first builds on macOS.
set(CPACK_GENERATOR "DragNDrop")
set(CPACK_DMG_VOLUME_NAME "CouponDesk")
set(CPACK_DMG_FORMAT "UDBZ")
# The .icns is made at build time from the PNG sizes with macOS's iconutil.
find_program(COUPONDESK_ICONUTIL iconutil)
if(COUPONDESK_ICONUTIL)
    set(_iconset ${CMAKE_CURRENT_BINARY_DIR}/coupondesk.iconset)
    add_custom_command(OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/coupondesk.icns
        COMMAND ${CMAKE_COMMAND} -E make_directory ${_iconset}
        COMMAND ${CMAKE_COMMAND} -E copy ${CMAKE_CURRENT_BINARY_DIR}/icons/16x16/coupondesk.png ${_iconset}/icon_16x16.png
        COMMAND ${CMAKE_COMMAND} -E copy ${CMAKE_CURRENT_BINARY_DIR}/icons/32x32/coupondesk.png ${_iconset}/icon_32x32.png
        COMMAND ${CMAKE_COMMAND} -E copy ${CMAKE_CURRENT_BINARY_DIR}/icons/128x128/coupondesk.png ${_iconset}/icon_128x128.png
        COMMAND ${CMAKE_COMMAND} -E copy ${CMAKE_CURRENT_BINARY_DIR}/icons/256x256/coupondesk.png ${_iconset}/icon_256x256.png
        COMMAND ${COUPONDESK_ICONUTIL} -c icns -o ${CMAKE_CURRENT_BINARY_DIR}/coupondesk.icns ${_iconset}
        DEPENDS coupondesk_desktop_files VERBATIM)
    add_custom_target(coupondesk_icns ALL DEPENDS ${CMAKE_CURRENT_BINARY_DIR}/coupondesk.icns)
    set(CPACK_PACKAGE_ICON ${CMAKE_CURRENT_BINARY_DIR}/coupondesk.icns)
endif()
qt_generate_deploy_app_script(TARGET coupondesk FILENAME_VARIABLE _coupondesk_deploy_script
                              NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT ${_coupondesk_deploy_script})
