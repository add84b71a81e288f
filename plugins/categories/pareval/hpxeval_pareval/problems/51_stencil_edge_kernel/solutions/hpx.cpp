void convolveKernel(std::vector<int> const& imageIn, std::vector<int> &imageOut, size_t N) {
    // One loop iteration per output row; the rows are independent.
    long long const n = static_cast<long long>(N);
    auto const row = [&](long long i) {
        for (long long j = 0; j < n; ++j) {
            int v = 9 * imageIn[i * n + j];
            for (long long r = std::max(0LL, i - 1); r <= std::min(n - 1, i + 1); ++r)
                for (long long c = std::max(0LL, j - 1); c <= std::min(n - 1, j + 1); ++c)
                    v -= imageIn[r * n + c];
            imageOut[i * n + j] = std::min(255, std::max(0, v));
        }
    };
#if HPX_VERSION_FULL >= 0x010600
    hpx::experimental::for_loop(hpx::execution::par, 0LL, n, row);
#else
    hpx::parallel::for_loop(hpx::parallel::execution::par, 0LL, n, row);
#endif
}
