# Small helpers shared by every target of the project.

# Warnings that every target of ours gets; errors in CI (COUPONDESK_WERROR).
function(coupondesk_set_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    if(COUPONDESK_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()

# coupondesk_add_test(NAME name SOURCES a.cpp... [LIBS libs...] [GUI] [TIMEOUT s] [LABELS l...])
# Registers one QtTest executable with ctest. Every test runs offscreen, in a UTF-8 locale, with
# QStandardPaths test mode left to the test itself, and with the sample and test data reachable
# through compile definitions, so no test depends on the working directory.
function(coupondesk_add_test)
    cmake_parse_arguments(T "GUI" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    coupondesk_set_warnings(${T_NAME})
    target_link_libraries(${T_NAME} PRIVATE Qt6::Test coupondesk_engine ${T_LIBS})
    target_compile_definitions(${T_NAME} PRIVATE
        COUPONDESK_SAMPLES_DIR="${COUPONDESK_SAMPLES_DIR}"
        COUPONDESK_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
        COUPONDESK_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        COUPONDESK_CLI_PATH="$<TARGET_FILE:coupondesk-cli>")
    add_dependencies(${T_NAME} coupondesk-cli coupondesk-pdf-worker)
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    # Each test gets a home of its own, so QStandardPaths' test mode (~/.qttest) never shares a
    # drafts database or settings between tests running in parallel.
    set(_home ${CMAKE_BINARY_DIR}/test-home/${T_NAME})
    file(MAKE_DIRECTORY ${_home})
    set_tests_properties(${T_NAME} PROPERTIES
        TIMEOUT ${T_TIMEOUT}
        LABELS "${T_LABELS}"
        ENVIRONMENT "HOME=${_home};QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;LANG=C.UTF-8;XDG_RUNTIME_DIR=${CMAKE_BINARY_DIR}/xdg-runtime;OMP_THREAD_LIMIT=1;COUPONDESK_PDF_WORKER=${CMAKE_BINARY_DIR}/bin/coupondesk-pdf-worker")
endfunction()
