void spmv(double alpha, std::vector<COOElement> const& A, std::vector<double> const& x, double beta, std::vector<double> &y, size_t M, size_t N) {
    const size_t nnz = A.size();
    // Split the entries into chunks whose bounds are moved forward to the start of a row, so
    // that each row belongs to exactly one chunk.
    const size_t chunks = 256;
    auto rowStartAtOrAfter = [&A, nnz](size_t p) {
        while (p > 0 && p < nnz && A[p].row == A[p - 1].row) ++p;
        return p;
    };
    auto scale = [&y, beta](size_t i) { y[i] *= beta; };
    auto chunk = [&](size_t c) {
        size_t p = rowStartAtOrAfter(nnz / chunks * c + std::min(c, nnz % chunks));
        const size_t end = rowStartAtOrAfter(nnz / chunks * (c + 1) + std::min(c + 1, nnz % chunks));
        while (p < end) {
            const size_t row = A[p].row;
            double sum = 0.0;
            for (; p < end && A[p].row == row; ++p) sum += A[p].value * x[A[p].column];
            y[row] += alpha * sum;
        }
    };
#if HPX_VERSION_FULL >= 0x010600
    hpx::experimental::for_loop(hpx::execution::par, size_t{0}, M, scale);
    hpx::experimental::for_loop(hpx::execution::par, size_t{0}, chunks, chunk);
#else
    hpx::parallel::for_loop(hpx::parallel::execution::par, size_t{0}, M, scale);
    hpx::parallel::for_loop(hpx::parallel::execution::par, size_t{0}, chunks, chunk);
#endif
}
