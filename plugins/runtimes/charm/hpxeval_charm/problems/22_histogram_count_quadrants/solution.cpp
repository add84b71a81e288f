// Each Worker element counts one slice of the input; contribute() sums the partial
// histograms element-wise (CkReduction::sum_ulong_long) into the waiting callback.
namespace {
Point const *input = nullptr;
std::size_t length = 0;
}  // namespace

class Worker : public CBase_Worker {
  public:
    Worker() {}
    Worker(CkMigrateMessage *) {}
    void run(int pieces, CkCallback done) {
        std::size_t const p = thisIndex, n = length;
        std::size_t const lo = n * p / pieces, hi = n * (p + 1) / pieces;
        unsigned long long local[4] = {};
        for (std::size_t i = lo; i < hi; ++i) ++local[input[i].x >= 0 ? (input[i].y >= 0 ? 0 : 3) : (input[i].y >= 0 ? 1 : 2)];
        contribute(sizeof local, local, CkReduction::sum_ulong_long, done);
    }
};

void countQuadrants(std::vector<Point> const& points, std::array<size_t, 4> &bins) {
    input = points.data();
    length = points.size();
    int const pieces = 4 * CkNumPes();
    CProxy_Worker workers = CProxy_Worker::ckNew(pieces);
    CkReductionMsg *msg = nullptr;
    workers.run(pieces, CkCallbackResumeThread((void *&)msg));
    auto const *counts = static_cast<unsigned long long *>(msg->getData());
    for (std::size_t b = 0; b < 4; ++b) bins[b] = counts[b];
    delete msg;
    workers.ckDestroy();
}
