// Global operator new replacement for the store test program (see alloc_probe.hpp).

#include <atomic>
#include <cstdlib>
#include <new>

#include "alloc_probe.hpp"

namespace {
std::atomic<int> g_active{0};
std::atomic<std::size_t> g_largest{0};

void* allocate(std::size_t n) {
  if (g_active.load(std::memory_order_relaxed) > 0) {
    std::size_t seen = g_largest.load(std::memory_order_relaxed);
    while (n > seen && !g_largest.compare_exchange_weak(seen, n)) {
    }
  }
  if (void* p = std::malloc(n == 0 ? 1 : n))
    return p;
  throw std::bad_alloc();
}
}  // namespace

void* operator new(std::size_t n) {
  return allocate(n);
}
void* operator new[](std::size_t n) {
  return allocate(n);
}
// The non-throwing forms too (std::stable_sort's temporary buffer uses them): every form
// must pair with this file's delete, or a sanitizer sees memory from its own operator new
// released with free().
void* operator new(std::size_t n, const std::nothrow_t&) noexcept {
  try {
    return allocate(n);
  } catch (const std::bad_alloc&) {
    return nullptr;
  }
}
void* operator new[](std::size_t n, const std::nothrow_t&) noexcept {
  try {
    return allocate(n);
  } catch (const std::bad_alloc&) {
    return nullptr;
  }
}
void operator delete(void* p, const std::nothrow_t&) noexcept {
  std::free(p);
}
void operator delete[](void* p, const std::nothrow_t&) noexcept {
  std::free(p);
}
void operator delete(void* p) noexcept {
  std::free(p);
}
void operator delete[](void* p) noexcept {
  std::free(p);
}
void operator delete(void* p, std::size_t) noexcept {
  std::free(p);
}
void operator delete[](void* p, std::size_t) noexcept {
  std::free(p);
}

namespace store_test {
AllocProbe::AllocProbe() {
  g_largest = 0;
  ++g_active;
}
AllocProbe::~AllocProbe() {
  --g_active;
}
std::size_t AllocProbe::largest() const {
  return g_largest.load();
}
}  // namespace store_test
