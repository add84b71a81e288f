void negateOddsAndHalveEvens(std::vector<int> &x) {
    for (int &v : x) v = (v % 2 != 0) ? -v : v / 2;
}
