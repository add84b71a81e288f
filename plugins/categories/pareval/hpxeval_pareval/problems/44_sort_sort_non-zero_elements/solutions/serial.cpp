void sortIgnoreZero(std::vector<int> &x) {
    std::vector<int> nonZero;
    for (int v : x)
        if (v != 0) nonZero.push_back(v);
    std::sort(nonZero.begin(), nonZero.end());
    size_t j = 0;
    for (size_t i = 0; i < x.size(); ++i)
        if (x[i] != 0) x[i] = nonZero[j++];
}
