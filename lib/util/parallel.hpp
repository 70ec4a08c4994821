// Internal: running the parts of a job on several threads. Each part writes
// only its own output; the caller joins them in part order, so the result is
// the same, byte for byte, whatever the number of threads.
#pragma once

#include <cstddef>
#include <exception>
#include <thread>
#include <vector>

namespace introcheck::detail {

/// The number of threads to use: `requested`, or the machine's cores when 0.
inline unsigned thread_count(unsigned requested) {
  if (requested > 0) return requested;
  unsigned n = std::thread::hardware_concurrency();
  return n > 0 ? n : 1;
}

/// Calls part(0) ... part(parts - 1), part 0 on this thread and each other
/// on a thread of its own; returns when all are done. An exception in any
/// part is rethrown here (the first, by part order) once all have finished.
template <class Part>
void run_parts(std::size_t parts, Part&& part) {
  std::vector<std::exception_ptr> failed(parts);
  auto guarded = [&](std::size_t k) {
    try {
      part(k);
    } catch (...) {
      failed[k] = std::current_exception();
    }
  };
  std::vector<std::thread> threads;
  threads.reserve(parts > 0 ? parts - 1 : 0);
  for (std::size_t k = 1; k < parts; ++k) threads.emplace_back(guarded, k);
  if (parts > 0) guarded(0);
  for (auto& t : threads) t.join();
  for (auto& e : failed)
    if (e) std::rethrow_exception(e);
}

/// Part k of [0, n) cut into `parts` ranges as equal as they come: [begin, end).
struct Share {
  std::size_t begin, end;
};
inline Share share(std::size_t n, std::size_t k, std::size_t parts) {
  return {n * k / parts, n * (k + 1) / parts};
}

/// Cuts [0, n) into `parts` shares and calls each(k, share) for every one,
/// as run_parts does.
template <class Each>
void for_shares(std::size_t n, std::size_t parts, Each&& each) {
  run_parts(parts, [&](std::size_t k) { each(k, share(n, k, parts)); });
}

}  // namespace introcheck::detail
