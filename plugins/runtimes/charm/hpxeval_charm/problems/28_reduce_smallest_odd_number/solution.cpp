// Each Worker element reduces one slice of the input; contribute() combines the partial
// results with a built-in reducer, delivered to the waiting CkCallbackResumeThread.
namespace {
int const *values = nullptr;
std::size_t length = 0;
}  // namespace

class Worker : public CBase_Worker {
  public:
    Worker() {}
    Worker(CkMigrateMessage *) {}
    void run(int pieces, CkCallback done) {
        std::size_t const p = thisIndex, n = length;
        std::size_t const lo = n * p / pieces, hi = n * (p + 1) / pieces;
        int acc = std::numeric_limits<int>::max();
        for (std::size_t i = lo; i < hi; ++i) 
            if (values[i] % 2 != 0 && values[i] < acc) acc = values[i];
        contribute(sizeof acc, &acc, CkReduction::min_int, done);
    }
};

int smallestOdd(std::vector<int> const& x) {
    values = x.data();
    length = x.size();
    int const pieces = 4 * CkNumPes();
    CProxy_Worker workers = CProxy_Worker::ckNew(pieces);
    CkReductionMsg *msg = nullptr;
    workers.run(pieces, CkCallbackResumeThread((void *&)msg));
    int const total = *static_cast<int *>(msg->getData());
    delete msg;
    workers.ckDestroy();
    return total;
}
