// The light build is the same API as the full one, without the Redis clustering code.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
