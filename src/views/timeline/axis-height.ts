/** The timeline axis's height in pixels: its slot keeps it while the axis's code loads. */
export const AXIS_HEIGHT = 44;
