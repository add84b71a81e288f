int maxDegree(std::vector<int> const& A, size_t N) {
    // A parallel loop over the rows with a max-reduction of the row sums.
    int highest = 0;
    auto row = [&A, N](size_t i, int &best) {
        int degree = 0;
        int const *r = A.data() + i * N;
        for (size_t j = 0; j < N; ++j) degree += r[j];
        best = std::max(best, degree);
    };
#if HPX_VERSION_FULL >= 0x010600
    hpx::experimental::for_loop(hpx::execution::par, size_t{0}, N, hpx::experimental::reduction_max(highest), row);
#else
    hpx::parallel::for_loop(hpx::parallel::execution::par, size_t{0}, N, hpx::parallel::reduction_max(highest), row);
#endif
    return highest;
}
