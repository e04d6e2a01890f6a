# libcoach_enable_sanitizers(<target>): ASan + UBSan when LIBCOACH_SANITIZE is on. Applied
# to every target we build so that the library and its tests agree on the runtime.
function(libcoach_enable_sanitizers target)
  if(LIBCOACH_SANITIZE AND NOT MSVC)
    target_compile_options(${target} PRIVATE -fsanitize=address,undefined
                                             -fno-sanitize-recover=undefined
                                             -fno-omit-frame-pointer)
    target_link_options(${target} PRIVATE -fsanitize=address,undefined)
  endif()
endfunction()
