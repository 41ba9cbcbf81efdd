// The embed room (embed.html, or ?embed=1): the chosen view, its footer and the height messages,
// loaded by main.tsx like the app, without the app's shell.
import EmbedRoom from "./views/embed/EmbedRoom";
import { mountRoom } from "./mount-room";

mountRoom(<EmbedRoom />);
