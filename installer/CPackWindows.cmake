# CPack settings for a Windows installer (WiX). Included by installer/CMakeLists.txt on WIN32.
# Prepared, NOT tested: nothing here has been built on Windows yet.
set(CPACK_GENERATOR "WIX;ZIP")
# Never change: Windows recognises upgrades of the same product by this GUID.
set(CPACK_WIX_UPGRADE_GUID "6C3F3E0A-5B7E-4F8A-9C21-3D6B2A1E9F47")
set(CPACK_WIX_PRODUCT_ICON ${CMAKE_CURRENT_SOURCE_DIR}/windows/coupondesk.ico)
set(CPACK_WIX_PROGRAM_MENU_FOLDER "CouponDesk")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_WIX_ARCHITECTURE x64)
set(CPACK_PACKAGE_EXECUTABLES "coupondesk;CouponDesk")
set(CPACK_CREATE_DESKTOP_LINKS "coupondesk")
# Qt's DLLs, plugins (platforms, sqldrivers, imageformats, iconengines) and translations next to
# the programs; Poppler, libzip and Tesseract DLLs (and tessdata) must come from the build's
# package manager (e.g. vcpkg) and are not handled here.
qt_generate_deploy_app_script(TARGET coupondesk FILENAME_VARIABLE _coupondesk_deploy_script
                              NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT ${_coupondesk_deploy_script})
