double productWithInverses(std::vector<double> const& x) {
    double product = 1.0;
    const long long n = static_cast<long long>(x.size());
#pragma omp parallel for reduction(* : product)
    for (long long i = 0; i < n; ++i) product *= (i % 2 == 0) ? x[i] : 1.0 / x[i];
    return product;
}
