void spmv(double alpha, std::vector<COOElement> const& A, std::vector<double> const& x, double beta, std::vector<double> &y, size_t M, size_t N) {
    const long long m = static_cast<long long>(M);
#pragma omp parallel for schedule(static)
    for (long long i = 0; i < m; ++i) y[i] *= beta;
    const size_t nnz = A.size();
    // Split the entries evenly between the threads, moving every split point forward to the
    // start of a row, so that each row belongs to exactly one thread.
    auto rowStartAtOrAfter = [&A, nnz](size_t p) {
        while (p > 0 && p < nnz && A[p].row == A[p - 1].row) ++p;
        return p;
    };
#pragma omp parallel
    {
        const size_t t = static_cast<size_t>(omp_get_thread_num());
        const size_t threads = static_cast<size_t>(omp_get_num_threads());
        size_t p = rowStartAtOrAfter(nnz / threads * t + std::min(t, nnz % threads));
        const size_t end = rowStartAtOrAfter(nnz / threads * (t + 1) + std::min(t + 1, nnz % threads));
        while (p < end) {
            const size_t row = A[p].row;
            double sum = 0.0;
            for (; p < end && A[p].row == row; ++p) sum += A[p].value * x[A[p].column];
            y[row] += alpha * sum;
        }
    }
}
