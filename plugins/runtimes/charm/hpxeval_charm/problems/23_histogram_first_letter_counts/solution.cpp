// Each Worker element counts one slice of the input; contribute() sums the partial
// histograms element-wise (CkReduction::sum_ulong_long) into the waiting callback.
namespace {
std::string const *words = nullptr;
std::size_t length = 0;
}  // namespace

class Worker : public CBase_Worker {
  public:
    Worker() {}
    Worker(CkMigrateMessage *) {}
    void run(int pieces, CkCallback done) {
        std::size_t const p = thisIndex, n = length;
        std::size_t const lo = n * p / pieces, hi = n * (p + 1) / pieces;
        unsigned long long local[26] = {};
        for (std::size_t i = lo; i < hi; ++i) ++local[words[i][0] - 'a'];
        contribute(sizeof local, local, CkReduction::sum_ulong_long, done);
    }
};

void firstLetterCounts(std::vector<std::string> const& s, std::array<size_t, 26> &bins) {
    words = s.data();
    length = s.size();
    int const pieces = 4 * CkNumPes();
    CProxy_Worker workers = CProxy_Worker::ckNew(pieces);
    CkReductionMsg *msg = nullptr;
    workers.run(pieces, CkCallbackResumeThread((void *&)msg));
    auto const *counts = static_cast<unsigned long long *>(msg->getData());
    for (std::size_t b = 0; b < 26; ++b) bins[b] = counts[b];
    delete msg;
    workers.ckDestroy();
}
