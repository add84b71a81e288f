// Each point task counts the quadrants of one slice of the points; the four-bin futures are
// summed by the top-level task.
struct Args {
    Point const *points;
    std::size_t n;
    std::size_t pieces;
};

using Counts = std::array<size_t, 4>;

static Counts countPiece(const Legion::Task *task, const std::vector<Legion::PhysicalRegion> &,
                         Legion::Context, Legion::Runtime *) {
    auto const &args = *static_cast<Args const *>(task->args);
    std::size_t const p = task->index_point[0], n = args.n;
    Counts local{};
    for (std::size_t i = n * p / args.pieces; i < n * (p + 1) / args.pieces; ++i) {
        ++local[args.points[i].x >= 0 ? (args.points[i].y >= 0 ? 0 : 3) : (args.points[i].y >= 0 ? 1 : 2)];
    }
    return local;
}

void countQuadrants(std::vector<Point> const& points, std::array<size_t, 4> &bins) {
    Legion::Runtime *runtime = Legion::Runtime::get_runtime();
    Legion::Context ctx = Legion::Runtime::get_context();
    static Legion::TaskID const task_id = [runtime] {
        Legion::TaskID id = runtime->generate_dynamic_task_id();
        Legion::TaskVariantRegistrar registrar(id, "count_piece", false);
        registrar.add_constraint(Legion::ProcessorConstraint(Legion::Processor::LOC_PROC));
        registrar.set_leaf();
        runtime->register_task_variant<Counts, countPiece>(registrar);
        return id;
    }();
    Legion::Machine::ProcessorQuery cpus(Legion::Machine::get_machine());
    cpus.only_kind(Legion::Processor::LOC_PROC);
    Args args{points.data(), points.size(), 4 * std::max<std::size_t>(1, cpus.count())};
    Legion::Rect<1> const pieces(0, static_cast<Legion::coord_t>(args.pieces) - 1);
    Legion::IndexTaskLauncher launcher(task_id, Legion::Domain(pieces), Legion::UntypedBuffer(&args, sizeof args),
                                       Legion::ArgumentMap());
    Legion::FutureMap parts = runtime->execute_index_space(ctx, launcher);
    bins.fill(0);
    for (std::size_t p = 0; p < args.pieces; ++p) {
        Counts const local = parts.get_result<Counts>(Legion::DomainPoint(static_cast<Legion::coord_t>(p)));
        for (std::size_t b = 0; b < 4; ++b) bins[b] += local[b];
    }
}
