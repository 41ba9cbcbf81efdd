// The part of d3-org-chart's API the bench page uses (the package ships no types).
declare module "d3-org-chart" {
  export type OrgChartNode<D> = { data: D; depth: number; width: number; height: number };
  export class OrgChart<D> {
    container(element: string | HTMLElement): this;
    data(data: D[]): this;
    nodeId(accessor: (d: D) => string): this;
    parentNodeId(accessor: (d: D) => string | undefined): this;
    nodeWidth(width: (node: OrgChartNode<D>) => number): this;
    nodeHeight(height: (node: OrgChartNode<D>) => number): this;
    childrenMargin(margin: (node: OrgChartNode<D>) => number): this;
    siblingsMargin(margin: (node: OrgChartNode<D>) => number): this;
    nodeContent(content: (node: OrgChartNode<D>) => string): this;
    svgHeight(height: number): this;
    duration(ms: number): this;
    initialExpandLevel(level: number): this;
    render(): this;
    expandAll(): this;
    collapseAll(): this;
    fit(options?: { animate?: boolean }): this;
  }
}
