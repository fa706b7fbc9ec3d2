#pragma once
// Starting and finishing the object runtime.

namespace pytier::light {

// Readies every built-in type, the singletons and the interned names. Call
// once before anything else; false if that failed (out of memory).
[[nodiscard]] bool runtime_init();
// Flushes stdout; returns false if that failed (the caller exits 120 as
// CPython does).
[[nodiscard]] bool runtime_flush();

}  // namespace pytier::light
