void convolveKernel(std::vector<int> const& imageIn, std::vector<int> &imageOut, size_t N) {
    // One loop iteration per output row; the rows are independent.
    auto const row = [&](std::size_t i) {
        for (std::size_t j = 0; j < N; ++j) {
            int v = 9 * imageIn[i * N + j];  // the 3x3 sum below includes the centre once
            for (int di = -1; di <= 1; ++di) {
                for (int dj = -1; dj <= 1; ++dj) {
                    long long const r = static_cast<long long>(i) + di, c = static_cast<long long>(j) + dj;
                    if (r >= 0 && c >= 0 && r < static_cast<long long>(N) && c < static_cast<long long>(N))
                        v -= imageIn[r * N + c];
                }
            }
            imageOut[i * N + j] = v < 0 ? 0 : (v > 255 ? 255 : v);
        }
    };
#if HPX_VERSION_FULL >= 0x010600
    hpx::experimental::for_loop(hpx::execution::par, std::size_t(0), N, row);
#else
    hpx::parallel::for_loop(hpx::parallel::execution::par, std::size_t(0), N, row);
#endif
}
