void negateOddsAndHalveEvens(std::vector<int> &x) {
    for (int &v : x) v = 0;
}
