// expect: invalid
// Held-out: z += alpha*x + y (fails ParEval's second trial, where z holds the first result). Expected INVALID.
void axpy(double alpha, std::vector<double> const& x, std::vector<double> const& y, std::vector<double> &z) {
    for (size_t i = 0; i < x.size(); ++i) z[i] += alpha * x[i] + y[i];
}
