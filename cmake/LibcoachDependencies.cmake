# System dependencies. Everything comes from the distribution's packages (see README).
# Boost's own CMake package (shipped by Debian) rather than CMake's removed FindBoost module.
if(POLICY CMP0167)
  cmake_policy(SET CMP0167 NEW)
endif()
find_package(Boost 1.74 REQUIRED COMPONENTS serialization)
find_package(spdlog REQUIRED)
find_package(PkgConfig REQUIRED)
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium>=1.0.18)
find_package(Threads REQUIRED)
# JSON interchange (export/import); header-only, linked privately.
find_package(nlohmann_json 3 REQUIRED)
