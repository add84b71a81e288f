void spmm(std::vector<COOElement> const& A, std::vector<COOElement> const& X, std::vector<double> &Y, size_t M, size_t K, size_t N) {
    // Bucket the entries of X by row, then scatter each product into Y.
    std::vector<std::vector<COOElement>> xRows(K);
    for (COOElement const& e : X) xRows[e.row].push_back(e);
    for (COOElement const& a : A)
        for (COOElement const& x : xRows[a.column]) Y[a.row * N + x.column] += a.value * x.value;
}
