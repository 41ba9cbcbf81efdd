// The app itself: React, the store and the views, loaded by main.tsx once the model's download
// and validation have started.
import { App } from "./views/app/App";
import { mountRoom } from "./mount-room";
import { preloadTimelineAxis } from "./views/timeline/TimelineStrip";

mountRoom(<App />, [preloadTimelineAxis]);
