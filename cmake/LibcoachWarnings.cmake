# libcoach_set_warnings(<target>): the project's warning set, per target so that consumers
# of the installed library never inherit our flags.
function(libcoach_set_warnings target)
  if(MSVC)
    target_compile_options(${target} PRIVATE /W4)
    if(LIBCOACH_WARNINGS_AS_ERRORS)
      target_compile_options(${target} PRIVATE /WX)
    endif()
  else()
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wconversion -Wpedantic)
    # GCC 12 at -O3 reports impossible std::string overlaps in `"literal" + str`
    # (-Wrestrict false positive, GCC bug 105329); it is noise, not a finding.
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_GREATER_EQUAL 12
       AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
      target_compile_options(${target} PRIVATE -Wno-restrict)
    endif()
    if(LIBCOACH_WARNINGS_AS_ERRORS)
      target_compile_options(${target} PRIVATE -Werror)
    endif()
  endif()
endfunction()
