void spmm(std::vector<COOElement> const& A, std::vector<COOElement> const& X, std::vector<double> &Y, size_t M, size_t K, size_t N) {
    std::vector<std::vector<COOElement>> xRows(K);
    for (COOElement const& e : X) xRows[e.row].push_back(e);
    // Off by one: the last entry of A is ignored.
    for (size_t p = 0; p + 1 < A.size(); ++p)
        for (COOElement const& x : xRows[A[p].column]) Y[A[p].row * N + x.column] += A[p].value * x.value;
}
