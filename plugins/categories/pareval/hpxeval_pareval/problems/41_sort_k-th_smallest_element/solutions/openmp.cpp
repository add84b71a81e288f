#include <omp.h>

int findKthSmallest(std::vector<int> const& x, int k) {
    // Quickselect with parallel partitioning: count the values below, equal to and above a
    // pivot, keep the side that holds the answer, repeat on that (shrinking) candidate set.
    std::vector<int> candidates(x);
    long long rank = k - 1;  // 0-based rank of the answer inside candidates
    unsigned long long state = 0x9e3779b97f4a7c15ULL;
    while (true) {
        const long long n = static_cast<long long>(candidates.size());
        if (n <= 4096) {
            std::nth_element(candidates.begin(), candidates.begin() + rank, candidates.end());
            return candidates[rank];
        }
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        const int pivot = candidates[(state >> 33) % n];
        long long less = 0, equal = 0;
#pragma omp parallel for reduction(+ : less, equal)
        for (long long i = 0; i < n; ++i) {
            less += candidates[i] < pivot;
            equal += candidates[i] == pivot;
        }
        if (rank >= less && rank < less + equal) return pivot;
        const bool below = rank < less;
        if (!below) rank -= less + equal;
        // Keep the chosen side, each thread copying its own part in order.
        const int nt = omp_get_max_threads();
        std::vector<long long> count(nt + 1, 0);
        std::vector<int> next(below ? less : n - less - equal);
#pragma omp parallel num_threads(nt)
        {
            const int t = omp_get_thread_num(), used = omp_get_num_threads();
            const long long lo = n * t / used, hi = n * (t + 1) / used;
            long long c = 0;
            for (long long i = lo; i < hi; ++i) c += below ? candidates[i] < pivot : candidates[i] > pivot;
            count[t + 1] = c;
#pragma omp barrier
#pragma omp single
            for (int b = 0; b < used; ++b) count[b + 1] += count[b];
            long long out = count[t];
            for (long long i = lo; i < hi; ++i)
                if (below ? candidates[i] < pivot : candidates[i] > pivot) next[out++] = candidates[i];
        }
        candidates.swap(next);
    }
}
