int maxDegree(std::vector<int> const& A, size_t N) {
    int highest = 0;
#pragma omp parallel for schedule(static) reduction(max : highest)
    for (long long i = 0; i < static_cast<long long>(N); ++i) {
        int degree = 0;
        int const *row = A.data() + static_cast<size_t>(i) * N;
        for (size_t j = 0; j < N; ++j) degree += row[j];
        highest = std::max(highest, degree);
    }
    return highest;
}
