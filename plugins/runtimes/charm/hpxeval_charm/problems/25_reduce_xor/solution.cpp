// Each Worker element counts the true values of one slice; contribute() combines the partial
// results with a built-in reducer, delivered to the waiting CkCallbackResumeThread.
// The XOR is the parity of the total.
namespace {
std::vector<bool> const *input = nullptr;
std::size_t length = 0;
}  // namespace

class Worker : public CBase_Worker {
  public:
    Worker() {}
    Worker(CkMigrateMessage *) {}
    void run(int pieces, CkCallback done) {
        std::size_t const p = thisIndex, n = length;
        std::size_t const lo = n * p / pieces, hi = n * (p + 1) / pieces;
        // std::count on vector<bool> iterators counts whole words of the packed bits
        long long acc = std::count(input->begin() + static_cast<std::ptrdiff_t>(lo),
                                   input->begin() + static_cast<std::ptrdiff_t>(hi), true);
        contribute(sizeof acc, &acc, CkReduction::sum_long_long, done);
    }
};

bool reduceLogicalXOR(std::vector<bool> const& x) {
    input = &x;
    length = x.size();
    int const pieces = 4 * CkNumPes();
    CProxy_Worker workers = CProxy_Worker::ckNew(pieces);
    CkReductionMsg *msg = nullptr;
    workers.run(pieces, CkCallbackResumeThread((void *&)msg));
    long long const total = *static_cast<long long *>(msg->getData());
    delete msg;
    workers.ckDestroy();
    return total % 2 == 1;
}
