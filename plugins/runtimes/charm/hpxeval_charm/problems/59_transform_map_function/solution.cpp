// Each Worker element fills one block of the mask; an empty contribute() tells the waiting
// callback that all are done. std::vector<bool> packs its values into words, so block
// boundaries are multiples of 64: no two elements write the same word.
namespace {
int const *values = nullptr;
std::vector<bool> *out = nullptr;
std::size_t length = 0;
}  // namespace

class Worker : public CBase_Worker {
  public:
    Worker() {}
    Worker(CkMigrateMessage *) {}
    void run(int pieces, CkCallback done) {
        std::size_t const p = thisIndex, n = length;
        std::size_t const words = (n + 63) / 64;
        std::size_t const first = std::min(n, 64 * (words * p / pieces));
        std::size_t const last = std::min(n, 64 * (words * (p + 1) / pieces));
        for (std::size_t i = first; i < last; ++i) (*out)[i] = isPowerOfTwo(values[i]);
        contribute(done);
    }
};

void mapPowersOfTwo(std::vector<int> const& x, std::vector<bool> &mask) {
    values = x.data();
    out = &mask;
    length = x.size();
    int const pieces = 4 * CkNumPes();
    CProxy_Worker workers = CProxy_Worker::ckNew(pieces);
    workers.run(pieces, CkCallbackResumeThread());
    workers.ckDestroy();
}
