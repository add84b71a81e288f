#include "hpxeval_driver.hpp"
#include "scaffold.hpp"
#include "baseline.hpp"

#include <functional>

PathResult aStarSearch(WeightedGraph const &g, int start, int goal, std::function<long long(int)> const &heuristic);

// A side x side grid of cells; walls cannot be entered or left. Every move between two
// neighbouring open cells is an edge with its own weight 1..9 (the two directions differ).
struct Grid {
    int side;
    std::vector<int> cost;  // 0 marks a wall, anything else an open cell
};

static Grid random_grid(int side, double wall_fraction, hpxeval::Rng &rng) {
    Grid grid{side, std::vector<int>(static_cast<std::size_t>(side) * side)};
    for (int &c : grid.cost) c = rng.coin(wall_fraction) ? 0 : static_cast<int>(rng.integer(1, 9));
    return grid;
}

static void open_cell(Grid &grid, int v, hpxeval::Rng &rng) {
    if (grid.cost[v] == 0) grid.cost[v] = static_cast<int>(rng.integer(1, 9));
}

// Opens a corridor (along the row of a, then the column of b) so that b is reachable from a.
static void carve(Grid &grid, int a, int b, hpxeval::Rng &rng) {
    int r = a / grid.side, c = a % grid.side;
    const int rb = b / grid.side, cb = b % grid.side;
    open_cell(grid, a, rng);
    while (c != cb) { c += c < cb ? 1 : -1; open_cell(grid, r * grid.side + c, rng); }
    while (r != rb) { r += r < rb ? 1 : -1; open_cell(grid, r * grid.side + c, rng); }
}

static WeightedGraph graph_of(Grid const &grid, hpxeval::Rng &rng) {
    const int s = grid.side;
    WeightedGraph g;
    g.adj.resize(static_cast<std::size_t>(s) * s);
    for (int r = 0; r < s; ++r)
        for (int c = 0; c < s; ++c) {
            const int v = r * s + c;
            if (grid.cost[v] == 0) continue;
            const int dr[4] = {-1, 0, 0, 1}, dc[4] = {0, -1, 1, 0};
            for (int k = 0; k < 4; ++k) {
                const int rr = r + dr[k], cc = c + dc[k];
                if (rr < 0 || rr >= s || cc < 0 || cc >= s) continue;
                const int w = rr * s + cc;
                if (grid.cost[w] != 0) g.adj[v].push_back(Edge{w, static_cast<int>(rng.integer(1, 9))});
            }
        }
    return g;
}

// Manhattan distance to the goal times `scale` (0 or 1): consistent, since every step costs >= 1.
static std::function<long long(int)> manhattan(int side, int goal, long long scale) {
    return [side, goal, scale](int v) {
        return scale * (std::abs(v / side - goal / side) + std::abs(v % side - goal % side));
    };
}

struct Context {
    WeightedGraph g;
    int start, goal;
    std::function<long long(int)> h;
    PathResult result;
};

Context *init(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    const int side = static_cast<int>(n);
    Grid grid = random_grid(side, 0.10, rng);
    const int start = 0, goal = side * side - 1;
    carve(grid, start, goal, rng);
    return new Context{graph_of(grid, rng), start, goal, manhattan(side, goal, 1), {}};
}
void reset(Context *ctx) { ctx->result = PathResult{}; }
void compute(Context *ctx) { ctx->result = aStarSearch(ctx->g, ctx->start, ctx->goal, ctx->h); }
void best(Context *ctx) { ctx->result = baseline::aStarSearch(ctx->g, ctx->start, ctx->goal, ctx->h); }
void destroy(Context *ctx) { delete ctx; }

// The found flag and the cost must match the baseline exactly; the path may be any cheapest path:
// it must run from start to goal along edges of g whose weights add up to the cost.
static bool check(WeightedGraph const &g, int start, int goal, std::function<long long(int)> const &h) {
    const PathResult want = baseline::aStarSearch(g, start, goal, h);
    const PathResult got = aStarSearch(g, start, goal, h);
    if (got.found != want.found) return false;
    if (!want.found) return true;
    if (got.cost != want.cost || got.path.empty() || got.path.front() != start || got.path.back() != goal) return false;
    long long total = 0;
    for (std::size_t i = 0; i + 1 < got.path.size(); ++i) {
        const int u = got.path[i], v = got.path[i + 1];
        if (u < 0 || static_cast<std::size_t>(u) >= g.adj.size()) return false;
        long long w = -1;
        for (Edge const &e : g.adj[u])
            if (e.to == v && (w < 0 || e.weight < w)) w = e.weight;
        if (w < 0) return false;
        total += w;
    }
    return total == got.cost;
}

bool validate(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    const int max_side = std::max(3, static_cast<int>(n));
    // 1. A tiny grid with random walls: any outcome, start may equal goal.
    {
        const int side = static_cast<int>(rng.integer(1, 3));
        Grid grid = random_grid(side, 0.3, rng);
        const int start = static_cast<int>(rng.integer(0, side * side - 1));
        const int goal = static_cast<int>(rng.integer(0, side * side - 1));
        open_cell(grid, start, rng);
        open_cell(grid, goal, rng);
        if (!check(graph_of(grid, rng), start, goal, manhattan(side, goal, rng.integer(0, 1)))) return false;
    }
    // 2. A large grid with a corridor from start to goal: reachable.
    {
        const int side = static_cast<int>(rng.integer(3, max_side));
        Grid grid = random_grid(side, rng.uniform(0.0, 0.4), rng);
        const int start = static_cast<int>(rng.integer(0, side * side - 1));
        int goal = static_cast<int>(rng.integer(0, side * side - 1));
        if (goal == start) goal = (start + side + 1) % (side * side);
        carve(grid, start, goal, rng);
        if (!check(graph_of(grid, rng), start, goal, manhattan(side, goal, rng.integer(0, 1)))) return false;
    }
    // 3. A large grid cut in two by a wall column: unreachable.
    {
        const int side = static_cast<int>(rng.integer(3, max_side));
        Grid grid = random_grid(side, rng.uniform(0.0, 0.3), rng);
        const int cut = static_cast<int>(rng.integer(1, side - 2));
        for (int r = 0; r < side; ++r) grid.cost[r * side + cut] = 0;
        const int start = static_cast<int>(rng.integer(0, side - 1)) * side + static_cast<int>(rng.integer(0, cut - 1));
        const int goal = static_cast<int>(rng.integer(0, side - 1)) * side + static_cast<int>(rng.integer(cut + 1, side - 1));
        open_cell(grid, start, rng);
        open_cell(grid, goal, rng);
        if (!check(graph_of(grid, rng), start, goal, manhattan(side, goal, 1))) return false;
    }
    // 4. A small general graph where the direct edge start -> goal is dearer than a detour
    //    (catches a search that stops as soon as it first reaches the goal).
    {
        const int size = static_cast<int>(rng.integer(3, 8));
        WeightedGraph g;
        g.adj.resize(size);
        for (int e = 0; e < 2 * size; ++e) {
            const int u = static_cast<int>(rng.integer(0, size - 1)), v = static_cast<int>(rng.integer(0, size - 1));
            if (u != v) g.adj[u].push_back(Edge{v, static_cast<int>(rng.integer(1, 30))});
        }
        const int start = static_cast<int>(rng.integer(0, size - 1));
        const int goal = (start + 1 + static_cast<int>(rng.integer(0, size - 2))) % size;
        int middle = (start + 1) % size;
        if (middle == goal) middle = (middle + 1) % size;
        g.adj[start].insert(g.adj[start].begin(), Edge{goal, static_cast<int>(rng.integer(5, 20))});
        g.adj[start].push_back(Edge{middle, static_cast<int>(rng.integer(1, 2))});
        g.adj[middle].push_back(Edge{goal, static_cast<int>(rng.integer(1, 2))});
        if (!check(g, start, goal, [](int) { return 0LL; })) return false;
    }
    return true;
}
