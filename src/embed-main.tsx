// embed.html: the embed room only (the chosen view, its footer and the height messages), for
// iframes on other sites. It shares its chunks with the app and never loads the app's shell.
import EmbedRoom from "./views/embed/EmbedRoom";
import { mount } from "./mount";

mount(<EmbedRoom />);
