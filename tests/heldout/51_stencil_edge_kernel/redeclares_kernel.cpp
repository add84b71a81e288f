// expect: valid
// Held-out (repeats ParEval's edgeKernel definition).
const int edgeKernel[3][3] = {{-1, -1, -1}, {-1, 8, -1}, {-1, -1, -1}};

void convolveKernel(std::vector<int> const& imageIn, std::vector<int> &imageOut, size_t N) {
    for (size_t i = 0; i < N; ++i) {
        for (size_t j = 0; j < N; ++j) {
            int acc = 0;
            for (int di = -1; di <= 1; ++di) {
                for (int dj = -1; dj <= 1; ++dj) {
                    long r = (long)i + di, c = (long)j + dj;
                    if (r < 0 || c < 0 || r >= (long)N || c >= (long)N) continue;
                    acc += imageIn[r * N + c] * edgeKernel[di + 1][dj + 1];
                }
            }
            imageOut[i * N + j] = acc < 0 ? 0 : (acc > 255 ? 255 : acc);
        }
    }
}
