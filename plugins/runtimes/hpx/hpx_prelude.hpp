// The HPX headers a sample may reasonably expect, for any HPX version: 1.6+ has the
// <hpx/algorithm.hpp>-style umbrella headers; 1.5 and older the <hpx/include/...> ones.
#pragma once
#if __has_include(<hpx/algorithm.hpp>)
#include <hpx/algorithm.hpp>
#include <hpx/execution.hpp>
#include <hpx/future.hpp>
#include <hpx/numeric.hpp>
#endif
#if __has_include(<hpx/mutex.hpp>)
#include <hpx/mutex.hpp>
#endif
#if __has_include(<hpx/thread.hpp>)
#include <hpx/thread.hpp>
#endif
#if __has_include(<hpx/latch.hpp>)
#include <hpx/latch.hpp>
#endif
#if __has_include(<hpx/barrier.hpp>)
#include <hpx/barrier.hpp>
#endif
#if __has_include(<hpx/semaphore.hpp>)
#include <hpx/semaphore.hpp>
#endif
#if !__has_include(<hpx/algorithm.hpp>)
#include <hpx/include/async.hpp>
#include <hpx/include/lcos.hpp>
#include <hpx/include/local_lcos.hpp>
#include <hpx/include/parallel_algorithm.hpp>
#include <hpx/include/parallel_execution.hpp>
#include <hpx/include/parallel_numeric.hpp>
#include <hpx/include/threads.hpp>
#endif
#if __has_include(<hpx/modules/synchronization.hpp>)
#include <hpx/modules/synchronization.hpp>
#endif
#if __has_include(<hpx/runtime.hpp>)
#include <hpx/runtime.hpp>
#endif
#include <hpx/version.hpp>
